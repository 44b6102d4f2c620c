package org.doudi.casework.internal.integrity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.casework.CaseFlag;
import org.doudi.casework.CaseFlagKind;
import org.doudi.casework.RelativesRegister.Kinship;
import org.doudi.registry.MemberIdIndex;

/**
 * Which registered relatives of staff a case's household includes, pure. A registration flags the case
 * when, on some day from the case's receipt until today, the person both belonged to the household and
 * was registered: ending a registration (or the person leaving the household) does not unflag a case that
 * was already open, and registering a relative flags the open cases of their household from that day.
 */
final class RelativeMatch {

    private RelativeMatch() {
    }

    static List<CaseFlag> flags(List<MemberIdIndex> members, List<RelativeRow> registrations, LocalDate receivedOn,
                                LocalDate today) {
        Map<Long, CaseFlag> byRegistration = new LinkedHashMap<>();
        for (RelativeRow r : registrations) {
            for (MemberIdIndex m : members) {
                if (!m.idNumberIndex().equals(r.idHash())) {
                    continue;
                }
                LocalDate since = latest(latest(receivedOn, m.from()), r.registeredOn());
                LocalDate until = earliest(earliest(today, m.to()), r.endedOn());
                if (since.isAfter(until)) {
                    continue;
                }
                CaseFlag flag = new CaseFlag(CaseFlagKind.RELATIVE_OF_STAFF, since, "relative", r.id(), summary(m, r));
                byRegistration.merge(r.id(), flag, (a, b) -> a.since().isAfter(b.since()) ? b : a);
            }
        }
        return new ArrayList<>(byRegistration.values());
    }

    private static String summary(MemberIdIndex m, RelativeRow r) {
        String staff = r.staffName() + " (" + r.staffRole() + ", " + r.regionCode() + ")";
        String member = m.name() + " (" + m.idNumberMasked() + ")";
        return r.relation() == Kinship.SELF ? member + " is " + staff + " themselves"
                : member + " is " + r.relation() + (r.relationNote() == null ? "" : " (" + r.relationNote() + ")")
                        + " of " + staff;
    }

    /** The later of two dates, a null {@code b} meaning "no limit". */
    private static LocalDate latest(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /** The earlier of two dates, a null {@code b} meaning "open-ended". */
    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return b != null && b.isBefore(a) ? b : a;
    }
}
