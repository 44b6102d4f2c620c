package org.doudi.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.doudi.registry.DisabilityKind;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;

/**
 * A household as a client enters it, not yet checked: the JSON body of {@code POST /api/v1/assessments},
 * exactly as ASSESSMENT-API.md names its fields, and what the what-if page submits. Every field is
 * optional here so that {@link Assessments#check} can report all missing and bad ones at once, each
 * under its path ({@code members[1].incomes[0].from}).
 */
public record AssessmentInput(String regionCode, LocalDate asOf, Residence residence, Boolean exitedPoverty,
                              Map<Programme, Current> current, Assets assets, Expenses expenses, Temporary temporary,
                              List<Member> members) {

    public record Current(BigDecimal monthlyAmount) {
    }

    public record Assets(BigDecimal financial, List<Vehicle> vehicles, Integer extraDwellings,
                         BigDecimal businessCapital) {
    }

    public record Vehicle(BigDecimal value, Boolean exempt) {
    }

    public record Expenses(BigDecimal medical, BigDecimal education, BigDecimal rehabilitation) {
    }

    public record Temporary(TemporaryKind kind, Integer severity) {
    }

    public record Member(String ref, Relation relation, LocalDate birthDate, Disability disability,
                         Boolean seriousIllness, Integer unableActivities, Schooling schooling, Boolean orphan,
                         Boolean unsupportedChild, Supporters supporters, SupportMode supportMode,
                         List<Income> incomes) {
    }

    public record Disability(DisabilityKind kind, Integer grade) {
    }

    public record Income(IncomeType type, BigDecimal monthly, YearMonth from, YearMonth to) {
    }
}
