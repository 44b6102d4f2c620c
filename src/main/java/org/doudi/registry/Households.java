package org.doudi.registry;

import java.time.LocalDate;
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

    /**
     * Everyone who belonged to the household on {@code since} or later (current and former members), with
     * the blind index of their ID number, for matching against another register (e.g. the relatives of
     * staff) without decrypting anything.
     */
    List<MemberIdIndex> memberIdIndexes(long householdId, LocalDate since);

    /**
     * The current members of many households at once, for bulk work (a few queries, whatever the number):
     * households outside the actor's region, or unknown, are simply absent from the answer.
     */
    Map<Long, List<Member>> membersOf(Collection<Long> householdIds);

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
     * The registered people with these ID-number blind indexes ({@code PiiProtector.blindIndex} of the
     * 18-character number), wherever they are: for matching other departments' data in bulk. Like the
     * duplicate check, this look-up ignores the actor's region, because an ID number is unique across the
     * registry; it answers identifiers and regions only, never a name or a number. Indexes nobody has are
     * left out. Set-based: any number of indexes in a few queries.
     */
    List<PersonLocation> locate(Collection<String> idNumberHashes);

    /**
     * The current members of a household in the actor's region, located as {@link #locate} answers them (with
     * the blind index of each one's ID number): to find what other departments say about them.
     */
    List<PersonLocation> locateMembers(long householdId);

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
