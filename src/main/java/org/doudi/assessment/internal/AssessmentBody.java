package org.doudi.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.doudi.assessment.Programme;
import org.doudi.assessment.Schooling;
import org.doudi.assessment.SupportMode;
import org.doudi.assessment.Supporters;
import org.doudi.assessment.TemporaryKind;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;

/**
 * The JSON body of {@code POST /api/v1/assessments}, exactly as ASSESSMENT-API.md names its fields.
 * Every field is optional here so that {@link AssessmentBodyReader} can report all missing ones at once.
 */
record AssessmentBody(String regionCode, LocalDate asOf, Residence residence, Boolean exitedPoverty,
                      Map<Programme, Current> current, Assets assets, Expenses expenses, Temporary temporary,
                      List<Member> members) {

    record Current(BigDecimal monthlyAmount) {
    }

    record Assets(BigDecimal financial, List<Vehicle> vehicles, Integer extraDwellings, BigDecimal businessCapital) {
    }

    record Vehicle(BigDecimal value, Boolean exempt) {
    }

    record Expenses(BigDecimal medical, BigDecimal education, BigDecimal rehabilitation) {
    }

    record Temporary(TemporaryKind kind, Integer severity) {
    }

    record Member(String ref, Relation relation, LocalDate birthDate, Disability disability, Boolean seriousIllness,
                  Integer unableActivities, Schooling schooling, Boolean orphan, Boolean unsupportedChild,
                  Supporters supporters, SupportMode supportMode, List<Income> incomes) {
    }

    record Disability(DisabilityKind kind, Integer grade) {
    }

    record Income(IncomeType type, BigDecimal monthly, YearMonth from, YearMonth to) {
    }
}
