package org.doudi.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Assessments;
import org.doudi.assessment.MedicalAssessment;
import org.doudi.assessment.MedicalRequest;
import org.doudi.assessment.MedicalStatus;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Status;
import org.doudi.assessment.TraceStep;
import org.doudi.payment.BenefitInForce;
import org.doudi.payment.BenefitsInForce;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment step of every family: the calculator's answer frozen with the case, and the figures the
 * guards and the decision read from it (eligible, amount). 低保 and 刚性支出困难 read the household's result,
 * 特困 and the child and disability allowances the result of the person applying, temporary assistance the
 * TEMPORARY result asked for with the case's kind (and an emergency's severity), a medical bill the
 * medical computation continuing the person's year.
 */
@Component
class CaseAssessing {

    /** What the assessment froze: {@code amount} monthly or one-off by the family; {@code details} for the timeline. */
    record Frozen(boolean eligible, BigDecimal amount, String json, Map<String, Object> details) {
    }

    /** A medical bill's frozen computation (the JSON stored with the case). */
    record MedicalFrozen(MedicalStatus status, String statusFrom, CaseStore.YearUsed yearBefore,
                         MedicalAssessment result) {
    }

    private final Assessments assessments;
    private final Households households;
    private final BenefitsInForce benefits;
    private final CaseStore store;
    private final JsonMapper json;

    CaseAssessing(Assessments assessments, Households households, BenefitsInForce benefits, CaseStore store,
                  JsonMapper json) {
        this.assessments = assessments;
        this.households = households;
        this.benefits = benefits;
        this.store = store;
        this.json = json;
    }

    Frozen assess(CaseOpening o, CaseFacts f, LocalDate on) {
        return switch (o.family()) {
            case DIBAO -> household(o, on, Programme.DIBAO);
            case TEKUN, ALLOWANCE -> o.personId() == null ? household(o, on, Programme.valueOf(o.programme()))
                    : person(o, on);
            case TEMPORARY_EMERGENCY, TEMPORARY_EXPENDITURE -> temporary(o, f, on);
            case MEDICAL -> medical(o, on);
        };
    }

    private Frozen household(CaseOpening o, LocalDate on, Programme programme) {
        Assessment result = assessments.assess(assessments.storedHousehold(o.householdId(), on));
        ProgrammeResult r = result.find(programme, null).orElseThrow();
        // 刚性支出困难 is a status: eligible, without an amount
        BigDecimal amount = r.eligible() ? r.monthlyAmount() : null;
        return new Frozen(r.eligible(), amount, json.writeValueAsString(result), details(on, r, amount));
    }

    private Frozen person(CaseOpening o, LocalDate on) {
        Programme programme = Programme.valueOf(o.programme());
        Assessment result = assessments.assess(assessments.storedHousehold(o.householdId(), on));
        String member = Long.toString(o.personId());
        // a per-person programme not listed for a member counts as INELIGIBLE (ASSESSMENT-API.md)
        Optional<ProgrammeResult> r = result.find(programme, member);
        boolean eligible = r.map(ProgrammeResult::eligible).orElse(false);
        BigDecimal amount = eligible ? r.get().monthlyAmount() : null;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("asOf", on);
        details.put("personId", o.personId());
        details.put("status", r.map(ProgrammeResult::status).orElse(Status.INELIGIBLE));
        details.put("monthlyAmount", amount);
        details.put("reasons", r.map(ProgrammeResult::reasons).orElse(List.of()));
        return new Frozen(eligible, amount, json.writeValueAsString(result), details);
    }

    private Frozen temporary(CaseOpening o, CaseFacts f, LocalDate on) {
        AssessmentRequest stored = assessments.storedHousehold(o.householdId(), on);
        // the standard of the town that pays: where the emergency happened, or where the household lives
        AssessmentRequest asked = new AssessmentRequest(o.regionCode(), stored.asOf(), stored.residence(),
                stored.exitedPoverty(), stored.current(), stored.assets(), stored.expenses(),
                new AssessmentRequest.TemporaryRequest(o.temporaryKind(), f.severity), stored.members());
        Assessment result = assessments.assess(asked);
        ProgrammeResult r = result.find(Programme.TEMPORARY, null).orElseThrow();
        BigDecimal amount = r.eligible() ? r.amount() : null;
        Map<String, Object> details = details(on, r, null);
        details.remove("monthlyAmount");
        details.put("kind", o.temporaryKind());
        details.put("severity", f.severity);
        details.put("amount", amount);
        computed(r).ifPresent(raw -> details.put("computed", raw));
        return new Frozen(r.eligible(), amount, json.writeValueAsString(result), details);
    }

    /** The figure before the town's limit and the minimum were applied (the trace's temporary.computed). */
    static Optional<BigDecimal> computed(ProgrammeResult r) {
        return r.trace().stream().filter(t -> "temporary.computed".equals(t.step())).map(TraceStep::value)
                .filter(v -> v instanceof BigDecimal).map(v -> (BigDecimal) v).findFirst();
    }

    private Frozen medical(CaseOpening o, LocalDate on) {
        CaseStore.BillRow bill = store.bill(o.id()).orElseThrow();
        HouseholdDetail h = households.get(o.householdId());
        Optional<StatusFound> found = status(o, h, bill.on());
        CaseStore.YearUsed before = store.yearUsed(bill.personId(), bill.year());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("asOf", on);
        details.put("billDate", bill.on());
        details.put("yearBefore", before);
        if (found.isEmpty()) {
            MedicalFrozen frozen = new MedicalFrozen(null, "no medical-assistance status in " + YearMonth.from(bill.on()),
                    before, null);
            details.put("status", null);
            details.put("reasons", List.of("NO_ASSISTANCE_STATUS"));
            return new Frozen(false, null, json.writeValueAsString(frozen), details);
        }
        MedicalRequest request = new MedicalRequest(o.regionCode(), bill.on(), h.residence(), found.get().status(),
                bill.outOfPocket(), before.regular(), before.extra(), before.deductibleUsed(), before.borne());
        MedicalAssessment result = assessments.medical(request);
        boolean eligible = result.status() == Status.ELIGIBLE;
        MedicalFrozen frozen = new MedicalFrozen(found.get().status(), found.get().from(), before, result);
        details.put("status", found.get().status());
        details.put("statusFrom", found.get().from());
        details.put("regular", result.regular());
        details.put("extra", result.extra());
        details.put("amount", result.total());
        details.put("deductibleUsed", result.deductibleUsed());
        return new Frozen(eligible, eligible ? result.total() : null, json.writeValueAsString(frozen), details);
    }

    /** What a frozen bill computation used and found, read back from the case: the decision's figures. */
    record BillFigures(CaseStore.YearUsed yearBefore, BigDecimal deductibleUsed, BigDecimal regular, BigDecimal extra,
                       BigDecimal total) {
    }

    BillFigures billFigures(String frozenJson) {
        JsonNode n = json.readTree(frozenJson);
        JsonNode y = n.get("yearBefore");
        JsonNode r = n.get("result");
        return new BillFigures(new CaseStore.YearUsed(y.get("bills").asInt(), y.get("deductibleUsed").decimalValue(),
                y.get("regular").decimalValue(), y.get("extra").decimalValue(), y.get("borne").decimalValue()),
                r.get("deductibleUsed").decimalValue(), r.get("regular").decimalValue(), r.get("extra").decimalValue(),
                r.get("total").decimalValue());
    }

    private record StatusFound(MedicalStatus status, String from) {
    }

    /**
     * The person's status on the bill's date, the most favourable found: a benefit in force in its month
     * (特困, 低保, a child's allowance, 刚性支出困难), else what the calculator finds for the household on that
     * date (monitored, 低保边缘) — the statuses Doudi does not decide yet.
     */
    private Optional<StatusFound> status(CaseOpening o, HouseholdDetail h, LocalDate billOn) {
        YearMonth month = YearMonth.from(billOn);
        Optional<StatusFound> fromBenefits = benefits.inForce(o.householdId(), month).stream()
                .filter(b -> b.personId() == null || b.personId().equals(o.personId()))
                .map(b -> statusOf(b).map(s -> new StatusFound(s, "benefit " + b.id() + " (" + b.programme()
                        + ") in force in " + month)))
                .flatMap(Optional::stream)
                .min(Comparator.comparing(StatusFound::status));
        if (fromBenefits.isPresent() && fromBenefits.get().status().ordinal() <= MedicalStatus.UNSUPPORTED_CHILD.ordinal()) {
            return fromBenefits;
        }
        Optional<StatusFound> fromCalculator;
        try {
            Assessment a = assessments.assess(assessments.storedHousehold(h.id(), billOn));
            fromCalculator = a.find(Programme.MONITORING, null).filter(ProgrammeResult::eligible)
                    .map(r -> new StatusFound(MedicalStatus.MONITORED, "the household's assessment on " + billOn
                            + ": monitored (" + r.type() + ")"))
                    .or(() -> a.find(Programme.DIBAO_MARGINAL, null).filter(ProgrammeResult::eligible)
                            .map(r -> new StatusFound(MedicalStatus.DIBAO_MARGINAL, "the household's assessment on "
                                    + billOn + ": 低保边缘")));
        } catch (InvalidInputException e) {
            fromCalculator = Optional.empty(); // nobody counted on that date
        }
        return java.util.stream.Stream.of(fromBenefits, fromCalculator).flatMap(Optional::stream)
                .min(Comparator.comparing(StatusFound::status));
    }

    private static Optional<MedicalStatus> statusOf(BenefitInForce b) {
        return switch (b.programme()) {
            case "TEKUN" -> Optional.of(MedicalStatus.TEKUN);
            case "DIBAO" -> Optional.of(MedicalStatus.DIBAO);
            case "ORPHAN" -> Optional.of(MedicalStatus.ORPHAN);
            case "UNSUPPORTED_CHILD" -> Optional.of(MedicalStatus.UNSUPPORTED_CHILD);
            case "EXPENDITURE_HARDSHIP" -> Optional.of(MedicalStatus.EXPENDITURE_HARDSHIP);
            default -> Optional.empty();
        };
    }

    private static Map<String, Object> details(LocalDate on, ProgrammeResult r, BigDecimal amount) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("asOf", on);
        details.put("status", r.status());
        details.put("monthlyAmount", amount);
        details.put("reasons", r.reasons());
        return details;
    }
}
