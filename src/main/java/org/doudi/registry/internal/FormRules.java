package org.doudi.registry.internal;

import static org.doudi.registry.internal.FormReader.blank;
import static org.doudi.registry.internal.FormReader.path;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.doudi.registry.AssetForm;
import org.doudi.registry.AssetKind;
import org.doudi.registry.DisabilityForm;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.ExpenseForm;
import org.doudi.registry.ExpenseKind;
import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.HouseholdChange;
import org.doudi.registry.HouseholdForm;
import org.doudi.registry.IdNumber;
import org.doudi.registry.IncomeForm;
import org.doudi.registry.IncomeType;
import org.doudi.registry.MemberChange;
import org.doudi.registry.MemberForm;
import org.doudi.registry.PersonFactForm;
import org.doudi.registry.PersonFactKind;
import org.doudi.registry.PovertyCause;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.registry.Sex;

/**
 * The rules a form must meet on its own, before the database is asked anything: required fields,
 * known codes, dates and months, amounts, ID numbers, one head per household. Pure functions: the
 * form and today's date in, a draft (with nulls where a field was at fault) and problems out.
 */
final class FormRules {

    /** numeric(12, 2): income and expense amounts stay below ten thousand million yuan. */
    static final BigDecimal AMOUNT_LIMIT = new BigDecimal("10000000000");
    /** numeric(14, 2) for asset values. */
    static final BigDecimal ASSET_LIMIT = new BigDecimal("1000000000000");

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{5,20}");
    private static final Pattern BANK_ACCOUNT = Pattern.compile("[0-9]{8,30}");

    private FormRules() {
    }

    record HouseholdDraft(String regionCode, String address, Residence residence, boolean exitedPoverty,
                          String phone, List<HouseholdCategory> categories, List<PovertyCause> causes) {
    }

    record MemberDraft(String path, String name, IdNumber idNumber, Relation relation, LocalDate since, String reason,
                       String bankName, String bankAccount, List<IncomeDraft> incomes,
                       List<DisabilityDraft> disabilities, List<FactDraft> facts) {
    }

    record MemberChangeDraft(int version, String name, Relation relation, String bankName, String bankAccount,
                             boolean removeBankAccount, LocalDate diedOn) {
    }

    record IncomeDraft(String path, IncomeType type, BigDecimal monthly, YearMonth from, YearMonth to, String note) {
    }

    record DisabilityDraft(String path, DisabilityKind kind, Integer grade, LocalDate from, LocalDate to) {

        Span span() {
            return new Span(path, "DISABILITY", "disability", from, to);
        }
    }

    record FactDraft(String path, PersonFactKind kind, String value, LocalDate from, LocalDate to) {

        Span span() {
            return new Span(path, kind == null ? null : kind.name(), kind + " fact", from, to);
        }
    }

    record AssetDraft(String path, AssetKind kind, BigDecimal value, boolean exempt, String description,
                      LocalDate from, LocalDate to) {
    }

    record ExpenseDraft(Long personId, ExpenseKind kind, BigDecimal amount, YearMonth month, String description) {
    }

    /**
     * The stretch of days a one-at-a-time fact (a disability, a {@link PersonFactKind}) is in force;
     * two of the same {@code key} must not overlap. {@code path} is where a problem is reported.
     */
    record Span(String path, String key, String label, LocalDate from, LocalDate to) {

        boolean overlaps(Span other) {
            return key != null && key.equals(other.key) && from != null && other.from != null
                    && (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
        }
    }

    static HouseholdDraft household(HouseholdForm form, String defaultRegion, FormReader r) {
        String region = blank(form.regionCode()) ? defaultRegion : form.regionCode().strip();
        if (region == null) {
            r.problem("regionCode", "is required (the 12-digit code of a village or community)");
        }
        return householdFields(region, form.address(), form.residence(), form.exitedPoverty(), form.phone(),
                form.categories(), form.causes(), r);
    }

    static HouseholdDraft householdChange(HouseholdChange change, String currentRegion, FormReader r) {
        if (change.version() == null) {
            r.problem("version", "is required: the version the change is based on");
        }
        String region = blank(change.regionCode()) ? currentRegion : change.regionCode().strip();
        return householdFields(region, change.address(), change.residence(), change.exitedPoverty(), change.phone(),
                change.categories(), change.causes(), r);
    }

    private static HouseholdDraft householdFields(String region, String address, String residence,
                                                  Boolean exitedPoverty, String phone, List<String> categories,
                                                  List<String> causes, FormReader r) {
        return new HouseholdDraft(region,
                r.requiredText("address", address, 200),
                r.requiredEnum("residence", residence, Residence.class),
                Boolean.TRUE.equals(exitedPoverty),
                phone("phone", phone, r),
                r.enumList("categories", categories, HouseholdCategory.class),
                r.enumList("causes", causes, PovertyCause.class));
    }

    /** The members of a new household: at least one, exactly one head, no ID number twice. */
    static List<MemberDraft> newMembers(List<MemberForm> forms, LocalDate today, FormReader r) {
        List<MemberDraft> drafts = new ArrayList<>();
        if (forms == null || forms.isEmpty()) {
            r.problem("members", "at least one member is required");
            return drafts;
        }
        Map<String, Integer> seen = new HashMap<>();
        int heads = 0;
        for (int i = 0; i < forms.size(); i++) {
            String prefix = path("", "members", i);
            if (forms.get(i) == null) {
                r.problem(prefix, "is required");
                continue;
            }
            MemberDraft m = member(prefix, forms.get(i), today, r);
            drafts.add(m);
            if (m.relation() == Relation.HEAD && ++heads > 1) {
                r.problem(path(prefix, "relation"), "only one member can be the head (HEAD)");
            }
            if (m.idNumber() != null) {
                Integer first = seen.putIfAbsent(m.idNumber().value(), i);
                if (first != null) {
                    r.problem(path(prefix, "idNumber"), "is the same as members[" + first + "].idNumber");
                }
            }
        }
        if (heads == 0 && drafts.stream().allMatch(m -> m.relation() != null)) {
            r.problem("members", "exactly one member must be the head (relation HEAD)");
        }
        return drafts;
    }

    static MemberDraft member(String prefix, MemberForm form, LocalDate today, FormReader r) {
        String idPath = path(prefix, "idNumber");
        IdNumber id = null;
        if (blank(form.idNumber())) {
            r.problem(idPath, "is required");
        } else {
            try {
                id = IdNumber.parse(form.idNumber(), today);
            } catch (IdNumber.InvalidIdNumber e) {
                r.problem(idPath, e.getMessage());
            }
        }
        Sex sex = r.optionalEnum(path(prefix, "sex"), form.sex(), Sex.class);
        if (id != null && sex != null && sex != id.sex()) {
            r.problem(path(prefix, "sex"), "does not agree with the ID number (" + id.sex() + ")");
        }
        LocalDate birthDate = r.optionalDate(path(prefix, "birthDate"), form.birthDate());
        if (id != null && birthDate != null && !birthDate.equals(id.birthDate())) {
            r.problem(path(prefix, "birthDate"), "does not agree with the ID number (" + id.birthDate() + ")");
        }
        LocalDate since = r.optionalDate(path(prefix, "since"), form.since());
        if (since == null) {
            since = today;
        } else if (since.isAfter(today)) {
            r.problem(path(prefix, "since"), "must not be in the future");
        } else if (id != null && since.isBefore(id.birthDate())) {
            r.problem(path(prefix, "since"), "must not be before the birth date (" + id.birthDate() + ")");
        }
        String bankName = r.optionalText(path(prefix, "bankName"), form.bankName(), 60);
        String account = bankAccount(path(prefix, "bankAccount"), form.bankAccount(), r);
        if (account != null && bankName == null) {
            r.problem(path(prefix, "bankName"), "is required with a bank account");
        }
        return new MemberDraft(prefix,
                r.requiredText(path(prefix, "name"), form.name(), 50),
                id,
                r.requiredEnum(path(prefix, "relation"), form.relation(), Relation.class),
                since,
                r.optionalText(path(prefix, "reason"), form.reason(), 200),
                bankName, account,
                listOf(form.incomes(), prefix, "incomes", (p, f) -> income(p, f, r), r),
                disabilitiesWithoutOverlap(listOf(form.disabilities(), prefix, "disabilities",
                        (p, f) -> disability(p, f, r), r), r),
                factsWithoutOverlap(listOf(form.facts(), prefix, "facts", (p, f) -> fact(p, f, r), r), r));
    }

    static MemberChangeDraft memberChange(MemberChange change, LocalDate today, FormReader r) {
        if (change.version() == null) {
            r.problem("version", "is required: the version the change is based on");
        }
        boolean removeAccount = change.bankAccount() != null && change.bankAccount().isBlank();
        String account = bankAccount("bankAccount", change.bankAccount(), r);
        String bankName = r.optionalText("bankName", change.bankName(), 60);
        if (account != null && bankName == null) {
            r.problem("bankName", "is required with a bank account");
        }
        LocalDate diedOn = r.optionalDate("diedOn", change.diedOn());
        if (diedOn != null && diedOn.isAfter(today)) {
            r.problem("diedOn", "must not be in the future");
        }
        return new MemberChangeDraft(change.version() == null ? -1 : change.version(),
                r.requiredText("name", change.name(), 50),
                r.requiredEnum("relation", change.relation(), Relation.class),
                bankName, account, removeAccount, diedOn);
    }

    static IncomeDraft income(String prefix, IncomeForm form, FormReader r) {
        YearMonth from = r.requiredMonth(path(prefix, "from"), form.from());
        YearMonth to = r.optionalMonth(path(prefix, "to"), form.to());
        r.endNotBeforeStart(path(prefix, "to"), from, to);
        return new IncomeDraft(prefix,
                r.requiredEnum(path(prefix, "type"), form.type(), IncomeType.class),
                r.requiredAmount(path(prefix, "monthly"), form.monthly(), AMOUNT_LIMIT),
                from, to,
                r.optionalText(path(prefix, "note"), form.note(), 200));
    }

    static DisabilityDraft disability(String prefix, DisabilityForm form, FormReader r) {
        LocalDate from = r.requiredDate(path(prefix, "from"), form.from());
        LocalDate to = r.optionalDate(path(prefix, "to"), form.to());
        r.endNotBeforeStart(path(prefix, "to"), from, to);
        return new DisabilityDraft(prefix,
                r.requiredEnum(path(prefix, "kind"), form.kind(), DisabilityKind.class),
                r.requiredInteger(path(prefix, "grade"), form.grade(), 1, 4),
                from, to);
    }

    static FactDraft fact(String prefix, PersonFactForm form, FormReader r) {
        PersonFactKind kind = r.requiredEnum(path(prefix, "kind"), form.kind(), PersonFactKind.class);
        String value = null;
        if (blank(form.value())) {
            r.problem(path(prefix, "value"), "is required");
        } else if (kind != null) {
            value = form.value().strip();
            if (!kind.accepts(value)) {
                r.problem(path(prefix, "value"), "must be one of " + String.join(", ", kind.acceptedValues())
                        + " for " + kind);
                value = null;
            }
        }
        LocalDate from = r.requiredDate(path(prefix, "from"), form.from());
        LocalDate to = r.optionalDate(path(prefix, "to"), form.to());
        r.endNotBeforeStart(path(prefix, "to"), from, to);
        return new FactDraft(prefix, kind, value, from, to);
    }

    static AssetDraft asset(String prefix, AssetForm form, FormReader r) {
        AssetKind kind = r.requiredEnum(path(prefix, "kind"), form.kind(), AssetKind.class);
        boolean exempt = Boolean.TRUE.equals(form.exempt());
        if (exempt && kind != null && kind != AssetKind.VEHICLE) {
            r.problem(path(prefix, "exempt"), "only a vehicle can be exempt");
        }
        LocalDate from = r.requiredDate(path(prefix, "from"), form.from());
        LocalDate to = r.optionalDate(path(prefix, "to"), form.to());
        r.endNotBeforeStart(path(prefix, "to"), from, to);
        return new AssetDraft(prefix, kind,
                r.requiredAmount(path(prefix, "value"), form.value(), ASSET_LIMIT),
                exempt,
                r.optionalText(path(prefix, "description"), form.description(), 200),
                from, to);
    }

    static List<AssetDraft> assets(List<AssetForm> forms, FormReader r) {
        return listOf(forms, "", "assets", (p, f) -> asset(p, f, r), r);
    }

    static ExpenseDraft expense(ExpenseForm form, FormReader r) {
        Long personId = null;
        if (!blank(form.personId())) {
            try {
                personId = Long.parseLong(form.personId().strip());
            } catch (NumberFormatException e) {
                r.problem("personId", "must be the id of a current member");
            }
        }
        return new ExpenseDraft(personId,
                r.requiredEnum("kind", form.kind(), ExpenseKind.class),
                r.requiredAmount("amount", form.amount(), AMOUNT_LIMIT),
                r.requiredMonth("month", form.month()),
                r.optionalText("description", form.description(), 200));
    }

    /** The problem for a new span that overlaps one already in force, reported on its {@code from}. */
    static void noOverlap(Span candidate, List<Span> taken, FormReader r) {
        for (Span other : taken) {
            if (candidate.overlaps(other)) {
                r.problem(path(candidate.path(), "from"), "overlaps the " + other.label() + " from " + other.from()
                        + (other.to() == null ? " (still in force)" : " to " + other.to()) + "; end that one first");
                return;
            }
        }
    }

    private static List<DisabilityDraft> disabilitiesWithoutOverlap(List<DisabilityDraft> drafts, FormReader r) {
        List<Span> taken = new ArrayList<>();
        for (DisabilityDraft d : drafts) {
            noOverlap(d.span(), taken, r);
            taken.add(d.span());
        }
        return drafts;
    }

    private static List<FactDraft> factsWithoutOverlap(List<FactDraft> drafts, FormReader r) {
        List<Span> taken = new ArrayList<>();
        for (FactDraft f : drafts) {
            noOverlap(f.span(), taken, r);
            taken.add(f.span());
        }
        return drafts;
    }

    private static String phone(String path, String text, FormReader r) {
        String phone = r.optionalText(path, text, 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            r.problem(path, "must be a telephone number (digits, spaces, +, -, brackets)");
            return null;
        }
        return phone;
    }

    /** Digits only, spaces between groups allowed; blank means none. */
    private static String bankAccount(String path, String text, FormReader r) {
        if (blank(text)) {
            return null;
        }
        String digits = text.replace(" ", "");
        if (!BANK_ACCOUNT.matcher(digits).matches()) {
            r.problem(path, "must be 8 to 30 digits");
            return null;
        }
        return digits;
    }

    private interface ItemReader<F, D> {
        D read(String path, F form);
    }

    private static <F, D> List<D> listOf(List<F> forms, String prefix, String name, ItemReader<F, D> reader,
                                         FormReader r) {
        List<D> drafts = new ArrayList<>();
        if (forms == null) {
            return drafts;
        }
        for (int i = 0; i < forms.size(); i++) {
            String itemPath = path(prefix, name, i);
            if (forms.get(i) == null) {
                r.problem(itemPath, "is required");
            } else {
                drafts.add(reader.read(itemPath, forms.get(i)));
            }
        }
        return drafts;
    }
}
