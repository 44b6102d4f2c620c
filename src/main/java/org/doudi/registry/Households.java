package org.doudi.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The registry's one entry point. Every call acts for {@code Actor.current()} and sees only the
 * households of the actor's region: anything outside it is answered exactly like something missing
 * ({@code NotFoundException}). Writes need a writing role (village coordinator, town caseworker,
 * town approver, county officer, administrator), otherwise {@code AccessDeniedException}; every
 * write is audited with the before and after views (ID numbers masked). Bad input raises
 * {@code InvalidInputException} naming every field at fault, and nothing is written.
 */
public interface Households {

    Permissions permissions();

    /** Households matching every given filter, ordered by id; {@code page} from 0, {@code size} 1–200. */
    Page<HouseholdSummary> search(HouseholdSearch search, int page, int size);

    HouseholdDetail get(long householdId);

    HouseholdDetail create(HouseholdForm form);

    /** Optimistic: refused with {@code ConflictException} when {@code change.version()} is not the current one. */
    HouseholdDetail update(long householdId, HouseholdChange change);

    List<Member> members(long householdId);

    Member member(long householdId, long personId);

    /** A new person, or one already registered (found by ID number) who moves here from another household. */
    Member addMember(long householdId, MemberForm form);

    Member updateMember(long householdId, long personId, MemberChange change);

    /** Ends the membership; the person and their history stay. */
    void removeMember(long householdId, long personId, MemberRemoval removal);

    /** The full ID number: recorded in the audit log; only for roles allowed to see it ({@link Permissions}). */
    String revealIdNumber(long householdId, long personId);

    IncomeItem addIncome(long householdId, long personId, IncomeForm form);

    IncomeItem endIncome(long householdId, long personId, long incomeId, FactEnd end);

    Disability addDisability(long householdId, long personId, DisabilityForm form);

    Disability endDisability(long householdId, long personId, long disabilityId, FactEnd end);

    PersonFact addFact(long householdId, long personId, PersonFactForm form);

    PersonFact endFact(long householdId, long personId, long factId, FactEnd end);

    Asset addAsset(long householdId, AssetForm form);

    Asset endAsset(long householdId, long assetId, FactEnd end);

    Expense addExpense(long householdId, ExpenseForm form);

    /**
     * For payrolls, in bulk: the households of the actor's region among {@code householdIds} with their current
     * members, bank accounts masked (plus each account's blind index) and deaths. Households outside the region or
     * unknown are left out. One query per thousand households, never one per household.
     */
    List<PayeeHousehold> payees(Collection<Long> householdIds);

    /**
     * For bank files, in bulk: the full bank accounts of these people (current members of households in the
     * actor's region; others and people without an account are left out). Only for roles allowed to see full
     * numbers ({@link Permissions#revealIdNumbers()}); recorded in the audit log as one read naming {@code purpose}.
     */
    Map<Long, BankAccount> bankAccounts(Collection<Long> personIds, String purpose);
}
