package org.doudi.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The economic verification (家庭经济状况核对, DOMAIN.md §3.1 point 3) of a household as of a day: for every
 * current member, what the registry holds and what each department says ({@code facts}: the facts in force
 * during the income window {@code windowFrom}–{@code windowTo} or later, and any death), then the
 * discrepancies between the two. Stored, dated, and attached to a case when one is given; never changed
 * afterwards — a new verification is a new report.
 */
public record VerificationReport(long id, long householdId, String regionCode, Long caseId, LocalDate asOf,
                                 LocalDate windowFrom, LocalDate windowTo, String requestedBy, Instant createdAt,
                                 HouseholdDeclared household, List<MemberFindings> members,
                                 List<Discrepancy> discrepancies) {

    /** One member: who, what the registry declares, and what the departments say. */
    public record MemberFindings(long personId, String name, String idNumberMasked, String relation,
                                 MemberDeclared declared, List<FeedFact> facts) {
    }

    /**
     * A member's registry facts the departments' data is compared with: income over the window by kind,
     * death, disabilities, employment and schooling in force on the day.
     */
    public record MemberDeclared(BigDecimal wagesInWindow, BigDecimal pensionsInWindow, BigDecimal otherIncomeInWindow,
                                 LocalDate diedOn, List<String> disabilities, String employment, String schooling) {
    }

    /** The household's declared assets in force on the day, and its medical spending over the window. */
    public record HouseholdDeclared(int vehicles, int exemptVehicles, int dwellings, int businesses,
                                    BigDecimal businessCapital, BigDecimal medicalSpendingInWindow) {
    }
}
