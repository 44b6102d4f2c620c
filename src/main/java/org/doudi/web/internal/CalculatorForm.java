package org.doudi.web.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.doudi.assessment.AssessmentInput;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.HouseholdAssets;
import org.doudi.assessment.IncomeInput;
import org.doudi.assessment.MemberInput;
import org.doudi.assessment.Programme;
import org.doudi.assessment.Schooling;
import org.doudi.assessment.SupportMode;
import org.doudi.assessment.Supporters;
import org.doudi.assessment.TemporaryKind;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.shared.web.FieldProblem;

/**
 * The what-if form as typed: text fields named by their path in the assessment API's body
 * ({@code assets.financial}, {@code members[0].incomes[1].monthly}), so that a problem the calculator
 * reports lands on the field that caused it. Only the region differs: a village chosen from a list,
 * or any region's code typed instead ({@code regionCode}).
 *
 * <p>This class only turns text into values (a date, an amount, a code); every rule about the values
 * themselves is the assessment module's ({@code Assessments.check}).
 */
public class CalculatorForm {

    private String village;
    private String regionCode;
    private String asOf;
    private String residence;
    private boolean exitedPoverty;
    private String currentDibao;
    private AssetsRow assets = new AssetsRow();
    private ExpensesRow expenses = new ExpensesRow();
    private TemporaryRow temporary = new TemporaryRow();
    private List<MemberRow> members = new ArrayList<>();
    /** The stored household the form was filled from, if any: for the way back to it. */
    private Long household;

    /** An empty household of one member, assessed today, in the person's village if they work in one. */
    static CalculatorForm blank(LocalDate today, String village) {
        CalculatorForm form = new CalculatorForm();
        form.village = village;
        form.asOf = today.toString();
        form.members.add(new MemberRow());
        return form;
    }

    /** A stored household as the calculator reads it, each member called by {@code names} (ref → name). */
    static CalculatorForm of(AssessmentRequest r, Map<String, String> names, long household) {
        CalculatorForm form = new CalculatorForm();
        form.household = household;
        form.village = r.regionCode();
        form.asOf = r.asOf().toString();
        form.residence = r.residence() == null ? null : r.residence().name();
        form.exitedPoverty = r.exitedPoverty();
        BigDecimal current = r.current().get(Programme.DIBAO);
        form.currentDibao = text(current);
        form.assets.financial = text(r.assets().financial());
        form.assets.extraDwellings = Integer.toString(r.assets().extraDwellings());
        form.assets.businessCapital = text(r.assets().businessCapital());
        for (HouseholdAssets.Vehicle v : r.assets().vehicles()) {
            VehicleRow row = new VehicleRow();
            row.value = text(v.value());
            row.exempt = v.exempt();
            form.assets.vehicles.add(row);
        }
        form.expenses.medical = text(r.expenses().medical());
        form.expenses.education = text(r.expenses().education());
        form.expenses.rehabilitation = text(r.expenses().rehabilitation());
        for (MemberInput m : r.members()) {
            MemberRow row = new MemberRow();
            row.ref = names.getOrDefault(m.ref(), m.ref());
            row.relation = m.relation().name();
            row.birthDate = m.birthDate().toString();
            if (m.disability() != null) {
                row.disability.kind = m.disability().kind().name();
                row.disability.grade = Integer.toString(m.disability().grade());
            }
            row.seriousIllness = m.seriousIllness();
            row.unableActivities = Integer.toString(m.unableActivities());
            row.schooling = m.schooling().name();
            row.orphan = m.orphan();
            row.unsupportedChild = m.unsupportedChild();
            row.supporters = m.supporters().name();
            row.supportMode = m.supportMode().name();
            for (IncomeInput i : m.incomes()) {
                IncomeRow income = new IncomeRow();
                income.type = i.type().name();
                income.monthly = text(i.monthly());
                income.from = i.from() == null ? null : i.from().toString();
                income.to = i.to() == null ? null : i.to().toString();
                row.incomes.add(income);
            }
            form.members.add(row);
        }
        return form;
    }

    /** Whether the region was typed as a code rather than chosen from the villages. */
    public boolean isRegionTyped() {
        return !blank(regionCode);
    }

    /**
     * The form as the calculator's input. Text that is not a value of its kind (a date, an amount, a
     * code) is reported in {@code problems} under the field's path and left out; blank rows of income
     * and vehicles are ignored; a member without a name is called {@code defaultRef(n)}.
     */
    AssessmentInput toInput(List<FieldProblem> problems, IntFunction<String> defaultRef) {
        Parser p = new Parser(problems);
        String region = isRegionTyped() ? regionCode.strip() : blankToNull(village);
        Map<Programme, AssessmentInput.Current> current = null;
        BigDecimal dibao = p.amount("currentDibao", currentDibao);
        if (dibao != null) {
            current = new EnumMap<>(Programme.class);
            current.put(Programme.DIBAO, new AssessmentInput.Current(dibao));
        }
        List<AssessmentInput.Vehicle> vehicles = new ArrayList<>();
        for (int i = 0; i < assets.vehicles.size(); i++) {
            VehicleRow v = assets.vehicles.get(i);
            if (v != null && !blank(v.value)) {
                vehicles.add(new AssessmentInput.Vehicle(p.amount("assets.vehicles[" + i + "].value", v.value),
                        v.exempt));
            }
        }
        var assetsInput = new AssessmentInput.Assets(p.amount("assets.financial", assets.financial), vehicles,
                p.whole("assets.extraDwellings", assets.extraDwellings),
                p.amount("assets.businessCapital", assets.businessCapital));
        var expensesInput = new AssessmentInput.Expenses(p.amount("expenses.medical", expenses.medical),
                p.amount("expenses.education", expenses.education),
                p.amount("expenses.rehabilitation", expenses.rehabilitation));
        AssessmentInput.Temporary temporaryInput = blank(temporary.kind) ? null : new AssessmentInput.Temporary(
                p.code("temporary.kind", TemporaryKind.class, temporary.kind),
                p.whole("temporary.severity", temporary.severity));
        List<AssessmentInput.Member> memberInputs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MemberRow m = members.get(i);
            if (m != null) {
                memberInputs.add(m.toInput(p, "members[" + i + "]", blank(m.ref) ? defaultRef.apply(i + 1) : m.ref.strip()));
            }
        }
        return new AssessmentInput(region, p.date("asOf", asOf),
                p.code("residence", Residence.class, residence), exitedPoverty, current,
                assetsInput, expensesInput, temporaryInput, memberInputs);
    }

    /** Every field of the form by its path, in the order of the page: where each problem is shown. */
    List<String> fieldPaths() {
        List<String> paths = new ArrayList<>(List.of("village", "regionCode", "asOf", "residence", "exitedPoverty",
                "currentDibao", "assets.financial"));
        for (int i = 0; i < assets.vehicles.size(); i++) {
            paths.add("assets.vehicles[" + i + "].value");
        }
        paths.addAll(List.of("assets.extraDwellings", "assets.businessCapital", "expenses.medical",
                "expenses.education", "expenses.rehabilitation", "temporary.kind", "temporary.severity"));
        for (int i = 0; i < members.size(); i++) {
            String at = "members[" + i + "]";
            for (String f : List.of(".ref", ".relation", ".birthDate", ".disability.kind", ".disability.grade",
                    ".seriousIllness", ".unableActivities", ".schooling", ".orphan", ".unsupportedChild",
                    ".supporters", ".supportMode")) {
                paths.add(at + f);
            }
            MemberRow m = members.get(i);
            for (int j = 0; m != null && j < m.incomes.size(); j++) {
                for (String f : List.of(".type", ".monthly", ".from", ".to")) {
                    paths.add(at + ".incomes[" + j + "]" + f);
                }
            }
        }
        paths.add("members");
        return paths;
    }

    /** Drops rows the binder created for indices that were never posted (a gap in the numbering). */
    void compact() {
        members.removeIf(m -> m == null);
        assets.vehicles.removeIf(v -> v == null);
        members.forEach(m -> m.incomes.removeIf(i -> i == null));
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    /** Text to values; what is not a value of its kind becomes a problem on its field. */
    private record Parser(List<FieldProblem> problems) {

        BigDecimal amount(String field, String text) {
            if (blank(text)) {
                return null;
            }
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(field, "is not an amount in yuan like 1200 or 1200.50"));
                return null;
            }
        }

        Integer whole(String field, String text) {
            if (blank(text)) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(field, "is not a whole number"));
                return null;
            }
        }

        LocalDate date(String field, String text) {
            if (blank(text)) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "is not a date like 2026-11-15"));
                return null;
            }
        }

        YearMonth month(String field, String text) {
            if (blank(text)) {
                return null;
            }
            try {
                return YearMonth.parse(text.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "is not a month like 2025-11"));
                return null;
            }
        }

        <E extends Enum<E>> E code(String field, Class<E> type, String text) {
            if (blank(text)) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "is not one of the choices"));
                return null;
            }
        }
    }

    // ------------------------------------------------------------------ rows

    public static class AssetsRow {
        private String financial;
        private List<VehicleRow> vehicles = new ArrayList<>();
        private String extraDwellings;
        private String businessCapital;

        public String getFinancial() {
            return financial;
        }

        public void setFinancial(String financial) {
            this.financial = financial;
        }

        public List<VehicleRow> getVehicles() {
            return vehicles;
        }

        public void setVehicles(List<VehicleRow> vehicles) {
            this.vehicles = vehicles;
        }

        public String getExtraDwellings() {
            return extraDwellings;
        }

        public void setExtraDwellings(String extraDwellings) {
            this.extraDwellings = extraDwellings;
        }

        public String getBusinessCapital() {
            return businessCapital;
        }

        public void setBusinessCapital(String businessCapital) {
            this.businessCapital = businessCapital;
        }
    }

    public static class VehicleRow {
        private String value;
        private boolean exempt;

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public boolean isExempt() {
            return exempt;
        }

        public void setExempt(boolean exempt) {
            this.exempt = exempt;
        }
    }

    public static class ExpensesRow {
        private String medical;
        private String education;
        private String rehabilitation;

        public String getMedical() {
            return medical;
        }

        public void setMedical(String medical) {
            this.medical = medical;
        }

        public String getEducation() {
            return education;
        }

        public void setEducation(String education) {
            this.education = education;
        }

        public String getRehabilitation() {
            return rehabilitation;
        }

        public void setRehabilitation(String rehabilitation) {
            this.rehabilitation = rehabilitation;
        }
    }

    public static class TemporaryRow {
        private String kind;
        private String severity;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getSeverity() {
            return severity;
        }

        public void setSeverity(String severity) {
            this.severity = severity;
        }
    }

    public static class DisabilityRow {
        private String kind;
        private String grade;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getGrade() {
            return grade;
        }

        public void setGrade(String grade) {
            this.grade = grade;
        }
    }

    public static class MemberRow {
        private String ref;
        private String relation;
        private String birthDate;
        private DisabilityRow disability = new DisabilityRow();
        private boolean seriousIllness;
        private String unableActivities;
        private String schooling;
        private boolean orphan;
        private boolean unsupportedChild;
        private String supporters;
        private String supportMode;
        private List<IncomeRow> incomes = new ArrayList<>();

        AssessmentInput.Member toInput(Parser p, String at, String name) {
            List<AssessmentInput.Income> incomeInputs = new ArrayList<>();
            for (int j = 0; j < incomes.size(); j++) {
                IncomeRow i = incomes.get(j);
                if (i == null || i.isBlank()) {
                    continue;
                }
                String field = at + ".incomes[" + j + "]";
                incomeInputs.add(new AssessmentInput.Income(
                        p.code(field + ".type", IncomeType.class, i.type),
                        p.amount(field + ".monthly", i.monthly), p.month(field + ".from", i.from),
                        p.month(field + ".to", i.to)));
            }
            AssessmentInput.Disability disabilityInput = disability == null
                    || blank(disability.kind) && blank(disability.grade) ? null
                    : new AssessmentInput.Disability(
                            p.code(at + ".disability.kind", DisabilityKind.class, disability.kind),
                            p.whole(at + ".disability.grade", disability.grade));
            return new AssessmentInput.Member(name, p.code(at + ".relation", Relation.class, relation),
                    p.date(at + ".birthDate", birthDate), disabilityInput, seriousIllness,
                    p.whole(at + ".unableActivities", unableActivities),
                    p.code(at + ".schooling", Schooling.class, schooling), orphan, unsupportedChild,
                    p.code(at + ".supporters", Supporters.class, supporters),
                    p.code(at + ".supportMode", SupportMode.class, supportMode), incomeInputs);
        }

        public String getRef() {
            return ref;
        }

        public void setRef(String ref) {
            this.ref = ref;
        }

        public String getRelation() {
            return relation;
        }

        public void setRelation(String relation) {
            this.relation = relation;
        }

        public String getBirthDate() {
            return birthDate;
        }

        public void setBirthDate(String birthDate) {
            this.birthDate = birthDate;
        }

        public DisabilityRow getDisability() {
            return disability;
        }

        public void setDisability(DisabilityRow disability) {
            this.disability = disability;
        }

        public boolean isSeriousIllness() {
            return seriousIllness;
        }

        public void setSeriousIllness(boolean seriousIllness) {
            this.seriousIllness = seriousIllness;
        }

        public String getUnableActivities() {
            return unableActivities;
        }

        public void setUnableActivities(String unableActivities) {
            this.unableActivities = unableActivities;
        }

        public String getSchooling() {
            return schooling;
        }

        public void setSchooling(String schooling) {
            this.schooling = schooling;
        }

        public boolean isOrphan() {
            return orphan;
        }

        public void setOrphan(boolean orphan) {
            this.orphan = orphan;
        }

        public boolean isUnsupportedChild() {
            return unsupportedChild;
        }

        public void setUnsupportedChild(boolean unsupportedChild) {
            this.unsupportedChild = unsupportedChild;
        }

        public String getSupporters() {
            return supporters;
        }

        public void setSupporters(String supporters) {
            this.supporters = supporters;
        }

        public String getSupportMode() {
            return supportMode;
        }

        public void setSupportMode(String supportMode) {
            this.supportMode = supportMode;
        }

        public List<IncomeRow> getIncomes() {
            return incomes;
        }

        public void setIncomes(List<IncomeRow> incomes) {
            this.incomes = incomes;
        }
    }

    public static class IncomeRow {
        private String type;
        private String monthly;
        private String from;
        private String to;

        boolean isBlank() {
            return blank(type) && blank(monthly) && blank(from) && blank(to);
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getMonthly() {
            return monthly;
        }

        public void setMonthly(String monthly) {
            this.monthly = monthly;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }
    }

    // ------------------------------------------------------------------ the form's own properties

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public String getResidence() {
        return residence;
    }

    public void setResidence(String residence) {
        this.residence = residence;
    }

    public boolean isExitedPoverty() {
        return exitedPoverty;
    }

    public void setExitedPoverty(boolean exitedPoverty) {
        this.exitedPoverty = exitedPoverty;
    }

    public String getCurrentDibao() {
        return currentDibao;
    }

    public void setCurrentDibao(String currentDibao) {
        this.currentDibao = currentDibao;
    }

    public AssetsRow getAssets() {
        return assets;
    }

    public void setAssets(AssetsRow assets) {
        this.assets = assets;
    }

    public ExpensesRow getExpenses() {
        return expenses;
    }

    public void setExpenses(ExpensesRow expenses) {
        this.expenses = expenses;
    }

    public TemporaryRow getTemporary() {
        return temporary;
    }

    public void setTemporary(TemporaryRow temporary) {
        this.temporary = temporary;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members;
    }

    public Long getHousehold() {
        return household;
    }

    public void setHousehold(Long household) {
        this.household = household;
    }
}
