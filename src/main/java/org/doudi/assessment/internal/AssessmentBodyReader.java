package org.doudi.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.assessment.AssessmentInput;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.DisabilityInput;
import org.doudi.assessment.HouseholdAssets;
import org.doudi.assessment.IncomeInput;
import org.doudi.assessment.MemberInput;
import org.doudi.assessment.Programme;
import org.doudi.assessment.RigidExpenses;
import org.doudi.assessment.TemporaryKind;
import org.doudi.region.RegionCodes;
import org.doudi.registry.Residence;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;

/**
 * Checks an {@link AssessmentInput} field by field and turns it into the calculator's input; every problem is
 * collected and reported at once, each under the path the client used ({@code members[1].incomes[0].from}).
 */
final class AssessmentBodyReader {

    private final List<FieldProblem> problems = new ArrayList<>();

    static AssessmentRequest read(AssessmentInput body) {
        return new AssessmentBodyReader().convert(body);
    }

    private AssessmentRequest convert(AssessmentInput b) {
        if (b == null) {
            throw new InvalidInputException("body", "is required");
        }
        if (b.regionCode() == null) {
            problem("regionCode", "is required");
        } else if (!RegionCodes.isValid(b.regionCode())) {
            problem("regionCode", "must be a 12-digit region code");
        }
        required("asOf", b.asOf());
        if (b.asOf() != null && (b.asOf().getYear() < 1990 || b.asOf().getYear() > 2100)) {
            problem("asOf", "must be a date between 1990 and 2100");
        }
        required("residence", b.residence());
        Map<Programme, BigDecimal> current = new EnumMap<>(Programme.class);
        if (b.current() != null) {
            b.current().forEach((programme, c) -> {
                String field = "current." + programme;
                if (c == null || c.monthlyAmount() == null) {
                    problem(field + ".monthlyAmount", "is required");
                } else {
                    amount(field + ".monthlyAmount", c.monthlyAmount());
                    current.put(programme, c.monthlyAmount());
                }
            });
        }
        HouseholdAssets assets = assets(b.assets());
        RigidExpenses expenses = expenses(b.expenses());
        AssessmentRequest.TemporaryRequest temporary = temporary(b.temporary());
        List<MemberInput> members = members(b.members(), b.asOf());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AssessmentRequest(b.regionCode(), b.asOf(), b.residence(),
                Boolean.TRUE.equals(b.exitedPoverty()), current, assets, expenses, temporary, members);
    }

    private HouseholdAssets assets(AssessmentInput.Assets a) {
        if (a == null) {
            return HouseholdAssets.NONE;
        }
        amount("assets.financial", a.financial());
        amount("assets.businessCapital", a.businessCapital());
        if (a.extraDwellings() != null && a.extraDwellings() < 0) {
            problem("assets.extraDwellings", "must be 0 or more");
        }
        List<HouseholdAssets.Vehicle> vehicles = new ArrayList<>();
        if (a.vehicles() != null) {
            for (int i = 0; i < a.vehicles().size(); i++) {
                AssessmentInput.Vehicle v = a.vehicles().get(i);
                String field = "assets.vehicles[" + i + "]";
                if (v == null) {
                    problem(field, "must not be null");
                    continue;
                }
                amount(field + ".value", v.value());
                vehicles.add(new HouseholdAssets.Vehicle(v.value() == null ? BigDecimal.ZERO : v.value(),
                        Boolean.TRUE.equals(v.exempt())));
            }
        }
        return new HouseholdAssets(a.financial(), vehicles, a.extraDwellings() == null ? 0 : a.extraDwellings(),
                a.businessCapital());
    }

    private RigidExpenses expenses(AssessmentInput.Expenses e) {
        if (e == null) {
            return RigidExpenses.NONE;
        }
        amount("expenses.medical", e.medical());
        amount("expenses.education", e.education());
        amount("expenses.rehabilitation", e.rehabilitation());
        return new RigidExpenses(e.medical(), e.education(), e.rehabilitation());
    }

    private AssessmentRequest.TemporaryRequest temporary(AssessmentInput.Temporary t) {
        if (t == null) {
            return null;
        }
        required("temporary.kind", t.kind());
        if (t.kind() == TemporaryKind.EMERGENCY && (t.severity() == null || t.severity() < 1 || t.severity() > 3)) {
            problem("temporary.severity", "is required for an emergency and must be 1, 2 or 3");
        }
        return new AssessmentRequest.TemporaryRequest(t.kind(), t.severity());
    }

    private List<MemberInput> members(List<AssessmentInput.Member> list, LocalDate asOf) {
        List<MemberInput> members = new ArrayList<>();
        if (list == null || list.isEmpty()) {
            problem("members", "must list at least one member");
            return members;
        }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            AssessmentInput.Member m = list.get(i);
            String at = "members[" + i + "]";
            if (m == null) {
                problem(at, "must not be null");
                continue;
            }
            if (m.ref() == null || m.ref().isBlank()) {
                problem(at + ".ref", "is required");
            } else if (!refs.add(m.ref())) {
                problem(at + ".ref", "is used by another member");
            }
            required(at + ".birthDate", m.birthDate());
            if (m.birthDate() != null && asOf != null && m.birthDate().isAfter(asOf)) {
                problem(at + ".birthDate", "is after the assessment date");
            }
            DisabilityInput disability = null;
            if (m.disability() != null) {
                required(at + ".disability.kind", m.disability().kind());
                if (m.disability().grade() == null || m.disability().grade() < 1 || m.disability().grade() > 4) {
                    problem(at + ".disability.grade", "must be 1, 2, 3 or 4");
                } else if (m.disability().kind() != null) {
                    disability = new DisabilityInput(m.disability().kind(), m.disability().grade());
                }
            }
            int unable = m.unableActivities() == null ? 0 : m.unableActivities();
            if (unable < 0 || unable > 6) {
                problem(at + ".unableActivities", "counts the six self-care activities: 0 to 6");
            }
            List<IncomeInput> incomes = new ArrayList<>();
            if (m.incomes() != null) {
                for (int j = 0; j < m.incomes().size(); j++) {
                    AssessmentInput.Income income = m.incomes().get(j);
                    String field = at + ".incomes[" + j + "]";
                    if (income == null) {
                        problem(field, "must not be null");
                        continue;
                    }
                    required(field + ".type", income.type());
                    required(field + ".monthly", income.monthly());
                    amount(field + ".monthly", income.monthly());
                    required(field + ".from", income.from());
                    if (income.from() != null && income.to() != null && income.to().isBefore(income.from())) {
                        problem(field + ".to", "is before from");
                    }
                    incomes.add(new IncomeInput(income.type(), income.monthly(), income.from(), income.to()));
                }
            }
            members.add(new MemberInput(m.ref(), m.relation(), m.birthDate(), disability,
                    Boolean.TRUE.equals(m.seriousIllness()), unable, m.schooling(), Boolean.TRUE.equals(m.orphan()),
                    Boolean.TRUE.equals(m.unsupportedChild()), m.supporters(), m.supportMode(), incomes));
        }
        return members;
    }

    private void required(String field, Object value) {
        if (value == null) {
            problem(field, "is required");
        }
    }

    /** Yuan: not negative, at most two decimals. */
    private void amount(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problem(field, "must not be negative");
        } else if (value.stripTrailingZeros().scale() > 2) {
            problem(field, "has more than two decimals");
        }
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }
}
