package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.doudi.payment.BenefitEnd;
import org.doudi.payment.BenefitInForce;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a stop or a reduced amount means for payments already made or prepared (DOMAIN.md §3.4): a payment not
 * yet handed to the bank for a month no longer due is cancelled; one already handed over becomes a recovery
 * (追回), once, however often its cause is reported (recovery.source_key). Runs in the transaction of the change.
 */
@Component
class Overpayments {

    /** Payrolls whose lines can still be changed: not yet handed to the bank. */
    static final String UNEXPORTED = "select id from payroll where state in ('GENERATING', 'FAILED', "
            + "'PENDING_APPROVAL', 'APPROVED')";
    private static final LocalDate NO_END = LocalDate.of(9999, 12, 1);

    private final JdbcClient jdbc;

    Overpayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The benefit stopped after {@code lastMonth}: nothing is due for the months after it. */
    void afterStop(BenefitInForce benefit, YearMonth lastMonth, BenefitEnd why, String by, Instant at) {
        jdbc.sql("""
                        update payroll_line set status = 'CANCELLED', live = null, note = :note
                         where benefit_id = :b and for_month > :last and status = 'DUE'
                           and payroll_id in (%s)""".formatted(UNEXPORTED))
                .param("b", benefit.id()).param("last", Months.first(lastMonth))
                .param("note", "the benefit stopped after " + lastMonth + " (" + why + ")").update();
        releaseDeductionsOfCancelledLines(benefit.id());
        String reason = why == BenefitEnd.DEATH ? "PAID_AFTER_DEATH" : "PAID_AFTER_STOP";
        jdbc.sql("""
                        insert into recovery (benefit_id, household_id, region_code, programme, reason, source_line_id,
                                              source_key, amount, waived, note, created_by, created_at, version)
                        select l.benefit_id, l.household_id, l.region_code, :prog, :reason, l.id,
                               'END:' || cast(l.id as varchar(20)),
                               l.gross - coalesce((select sum(o.amount) from recovery o
                                                    where o.source_line_id = l.id and o.reason = 'AMOUNT_REDUCED'), 0),
                               false, :note, :by, :at, 0
                          from payroll_line l join payroll x on x.id = l.payroll_id
                         where l.benefit_id = :b and l.for_month > :last and l.live = 1
                           and (l.status = 'PAID' or x.state in ('EXPORTED', 'RECONCILED'))
                           and l.gross - coalesce((select sum(o.amount) from recovery o
                                                    where o.source_line_id = l.id and o.reason = 'AMOUNT_REDUCED'), 0) > 0
                           and not exists (select 1 from recovery o
                                            where o.source_key = 'END:' || cast(l.id as varchar(20)))""")
                .param("b", benefit.id()).param("last", Months.first(lastMonth)).param("prog", benefit.programme())
                .param("reason", reason).param("note", "paid for a month after the benefit stopped after " + lastMonth
                        + " (" + why + ")")
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    /**
     * The benefit's amount from {@code from} (until its next change) is now {@code amount}. Payments not yet handed
     * to the bank take the new amount (or are cancelled and paid later as arrears when a recovery already took more
     * from them); months already handed over at a higher amount become recoveries of the difference.
     */
    void afterAmountChange(BenefitInForce benefit, YearMonth from, BigDecimal amount, String by, Instant at) {
        YearMonth next = benefit.amounts().stream().map(BenefitInForce.AmountFrom::fromMonth)
                .filter(m -> m.isAfter(from)).min(YearMonth::compareTo).orElse(null);
        LocalDate until = next == null ? NO_END : Months.first(next);
        jdbc.sql("""
                        update payroll_line set gross = :amount
                         where benefit_id = :b and claim = 'BENEFIT' and for_month >= :from and for_month < :until
                           and status = 'DUE' and deducted <= :amount and payroll_id in (%s)""".formatted(UNEXPORTED))
                .param("amount", amount).param("b", benefit.id()).param("from", Months.first(from))
                .param("until", until).update();
        jdbc.sql("""
                        insert into open_claim (claim, claim_id, for_month, benefit_id, opened_at, why)
                        select l.claim, l.claim_id, l.for_month, l.benefit_id, :at, 'AMOUNT_CHANGED'
                          from payroll_line l
                         where l.benefit_id = :b and l.claim = 'BENEFIT' and l.for_month >= :from
                           and l.for_month < :until and l.status = 'DUE' and l.gross <> :amount
                           and l.payroll_id in (%s)
                           and not exists (select 1 from open_claim o where o.claim = l.claim
                                              and o.claim_id = l.claim_id and o.for_month = l.for_month)"""
                        .formatted(UNEXPORTED))
                .param("amount", amount).param("b", benefit.id()).param("from", Months.first(from))
                .param("until", until).param("at", Timestamp.from(at)).update();
        jdbc.sql("""
                        update payroll_line set status = 'CANCELLED', live = null, note = :note
                         where benefit_id = :b and claim = 'BENEFIT' and for_month >= :from and for_month < :until
                           and status = 'DUE' and gross <> :amount and payroll_id in (%s)""".formatted(UNEXPORTED))
                .param("amount", amount).param("b", benefit.id()).param("from", Months.first(from))
                .param("until", until).param("note", "the amount changed to " + amount + "; paid later as arrears")
                .update();
        releaseDeductionsOfCancelledLines(benefit.id());
        jdbc.sql("""
                        insert into recovery (benefit_id, household_id, region_code, programme, reason, source_line_id,
                                              source_key, amount, waived, note, created_by, created_at, version)
                        select l.benefit_id, l.household_id, l.region_code, :prog, 'AMOUNT_REDUCED', l.id,
                               'REDUCED:' || cast(l.id as varchar(20)) || ':' || :key,
                               l.gross - coalesce((select sum(o.amount) from recovery o
                                                    where o.source_line_id = l.id and o.reason = 'AMOUNT_REDUCED'), 0)
                                       - :amount,
                               false, :note, :by, :at, 0
                          from payroll_line l join payroll x on x.id = l.payroll_id
                         where l.benefit_id = :b and l.claim = 'BENEFIT' and l.for_month >= :from
                           and l.for_month < :until and l.live = 1
                           and (l.status = 'PAID' or x.state in ('EXPORTED', 'RECONCILED'))
                           and l.gross - coalesce((select sum(o.amount) from recovery o
                                                    where o.source_line_id = l.id and o.reason = 'AMOUNT_REDUCED'), 0)
                               > :amount
                           and not exists (select 1 from recovery o where o.source_line_id = l.id
                                              and o.reason in ('PAID_AFTER_DEATH', 'PAID_AFTER_STOP'))
                           and not exists (select 1 from recovery o
                                            where o.source_key = 'REDUCED:' || cast(l.id as varchar(20)) || ':' || :key)""")
                .param("b", benefit.id()).param("from", Months.first(from)).param("until", until)
                .param("amount", amount).param("key", amount.toPlainString()).param("prog", benefit.programme())
                .param("note", "paid before the amount from " + from + " was reduced to " + amount)
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** Instalments taken from payments that will not be made are given back to their recoveries. */
    void releaseDeductionsOfCancelledLines(long benefitId) {
        jdbc.sql("""
                        update recovery_deduction set live = null
                         where live = 1 and line_id in (select id from payroll_line
                                                         where benefit_id = :b and live is null)""")
                .param("b", benefitId).update();
    }
}
