package org.doudi.casework.internal.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseAttention;
import org.doudi.casework.CaseFlag;
import org.doudi.casework.CaseFlagKind;
import org.doudi.casework.CaseState;
import org.doudi.casework.Grievances.Kind;
import org.doudi.casework.SpecialAttention;
import org.doudi.casework.StepRefused;
import org.doudi.registry.Households;
import org.doudi.registry.MemberIdIndex;
import org.doudi.shared.Today;
import org.doudi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The casework core's one entry into integrity: the special attention a case is under (its flags and the
 * county's visits), for the case view, and the check its decision step makes. Called with the case's own
 * facts for a case the caller has already found inside their region, so it never reads the case itself.
 */
@Service
@Transactional(readOnly = true)
public class CaseAttentionService {

    private final Households households;
    private final RelativeStore relatives;
    private final CountyVisitStore visits;
    private final GrievanceStore grievances;
    private final Clock clock;

    CaseAttentionService(Households households, RelativeStore relatives, CountyVisitStore visits,
                         GrievanceStore grievances, Clock clock) {
        this.households = households;
        this.relatives = relatives;
        this.visits = visits;
        this.grievances = grievances;
        this.clock = clock;
    }

    /** The flags and county visits of a case received on {@code receivedOn} for household {@code householdId}. */
    public CaseAttention of(long caseId, long householdId, LocalDate receivedOn) {
        return CaseAttention.of(flags(caseId, householdId, receivedOn), visits.ofCase(caseId));
    }

    /**
     * Refuses the decision (409 naming the state and its actions) while the case is flagged and no county
     * officer has recorded their own visit since the latest flag.
     */
    public void requireMayDecide(long caseId, long householdId, LocalDate receivedOn, CaseState state,
                                 List<CaseAction> allowed) {
        SpecialAttention.refusal(caseId, flags(caseId, householdId, receivedOn), visits.ofCase(caseId))
                .ifPresent(reason -> {
                    throw new StepRefused(state, allowed, reason);
                });
    }

    List<CaseFlag> flags(long caseId, long householdId, LocalDate receivedOn) {
        LocalDate today = Today.in(clock);
        List<CaseFlag> flags = new ArrayList<>();
        List<MemberIdIndex> members;
        try {
            members = households.memberIdIndexes(householdId, receivedOn);
        } catch (NotFoundException movedAway) {
            // the household moved out of the caller's region since the intake: its members are not theirs to see
            members = List.of();
        }
        Set<String> hashes = members.stream().map(MemberIdIndex::idNumberIndex).collect(Collectors.toSet());
        flags.addAll(RelativeMatch.flags(members, relatives.byIdHashes(hashes), receivedOn, today));
        for (GrievanceStore.CaseFlagSource g : grievances.flagSources(caseId)) {
            flags.add(g.kind() == Kind.COMPLAINT
                    ? new CaseFlag(CaseFlagKind.COMPLAINT, g.receivedOn(), "complaint", g.id(),
                            "complaint " + g.id() + " received on " + g.receivedOn())
                    : new CaseFlag(CaseFlagKind.REEXAMINATION_ORDERED, g.answeredOn(), "appeal", g.id(),
                            "appeal " + g.id() + " answered on " + g.answeredOn() + ": the decision is revoked and "
                                    + "the case is to be examined again"));
        }
        return flags;
    }
}
