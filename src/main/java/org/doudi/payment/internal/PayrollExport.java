package org.doudi.payment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.doudi.registry.Households;
import org.doudi.registry.PayeeHousehold;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happens between approval and the bank file: the world may have moved since the payroll was generated. A
 * benefit stopped meanwhile is not paid; a payee who died, lost or changed their account, or whose account the
 * bank has just returned, is looked up again in the registry; what can no longer be paid is held (its claim stays
 * open for the next payroll); a payment a recovery took whole has nothing left to transfer. Set-based, in the
 * export's transaction.
 */
@Component
class PayrollExport {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Households households;

    PayrollExport(JdbcClient jdbc, JdbcTemplate template, Households households) {
        this.jdbc = jdbc;
        this.template = template;
        this.households = households;
    }

    /** Answers how many lines were held or cancelled on the way. */
    int prepare(long payrollId, Instant at) {
        Map<String, Object> p = Map.of("p", payrollId, "at", Timestamp.from(at));
        int changed = jdbc.sql("""
                        update payroll_line set status = 'CANCELLED', live = null,
                                                note = 'the benefit no longer pays for the month'
                         where payroll_id = :p and status = 'DUE'
                           and exists (select 1 from benefit b where b.id = payroll_line.benefit_id
                                          and (b.from_month > payroll_line.for_month
                                               or (b.to_month is not null and b.to_month < payroll_line.for_month)))""")
                .params(p).update();
        refreshRecipients(payrollId);
        jdbc.sql("""
                        update payroll_recipient set hold = 'ACCOUNT_FAILED'
                         where payroll_id = :p and hold is null
                           and exists (select 1 from payment_failure f
                                        where f.payee_person_id = payroll_recipient.payee_person_id
                                          and f.account_index = payroll_recipient.account_index
                                          and f.cleared_at is null)""")
                .params(p).update();
        String holdOfLine = """
                (select case when r.died_month is not null and r.died_month < payroll_line.for_month then 'DECEASED'
                             else r.hold end
                   from payroll_recipient r where r.id = payroll_line.recipient_id)""";
        changed += jdbc.sql("""
                        update payroll_line set status = 'HELD', live = null, hold = %1$s,
                                                note = 'held when the bank file was made'
                         where payroll_id = :p and status = 'DUE' and %1$s is not null""".formatted(holdOfLine))
                .params(p).update();
        jdbc.sql("""
                        update recovery_deduction set live = null
                         where live = 1 and line_id in (select id from payroll_line
                                                         where payroll_id = :p and live is null)""")
                .params(p).update();
        jdbc.sql("""
                        insert into open_claim (claim, claim_id, for_month, benefit_id, opened_at, why)
                        select l.claim, l.claim_id, l.for_month, min(l.benefit_id), :at, 'HELD'
                          from payroll_line l
                         where l.payroll_id = :p and l.status = 'HELD' and l.hold <> 'DECEASED'
                           and not exists (select 1 from open_claim o where o.claim = l.claim
                                              and o.claim_id = l.claim_id and o.for_month = l.for_month)
                         group by l.claim, l.claim_id, l.for_month""")
                .params(p).update();
        jdbc.sql("""
                        update payroll_line set status = 'PAID', note = 'nothing to transfer: a recovery took it all'
                         where payroll_id = :p and status = 'DUE' and gross = deducted""")
                .params(p).update();
        return changed;
    }

    /** The payees of the lines still to pay, as the registry says now; changed rows are updated in one batch. */
    private void refreshRecipients(long payrollId) {
        record Stored(long id, long householdId, long personKey, Long payee, String index, String hold,
                      LocalDate died) {
        }
        List<Stored> stored = jdbc.sql("""
                        select r.id, r.household_id, r.person_key, r.payee_person_id, r.account_index, r.hold,
                               r.died_month
                          from payroll_recipient r
                         where r.payroll_id = :p
                           and exists (select 1 from payroll_line l where l.recipient_id = r.id and l.status = 'DUE')
                         order by r.household_id""")
                .param("p", payrollId)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("person_key"),
                        rs.getObject("payee_person_id", Long.class), rs.getString("account_index"),
                        rs.getString("hold"), rs.getObject("died_month", LocalDate.class)))
                .list();
        List<Object[]> updates = new ArrayList<>();
        for (int i = 0; i < stored.size(); i += PayrollGeneration.RECIPIENT_CHUNK) {
            List<Stored> chunk = stored.subList(i, Math.min(stored.size(), i + PayrollGeneration.RECIPIENT_CHUNK));
            Map<Long, PayeeHousehold> found = new HashMap<>();
            households.payees(chunk.stream().map(Stored::householdId).distinct().toList())
                    .forEach(h -> found.put(h.householdId(), h));
            for (Stored s : chunk) {
                Recipient now = Recipient.of(s.householdId(), s.personKey(), found.get(s.householdId()));
                String hold = now.hold() == null ? null : now.hold().name();
                LocalDate died = Months.first(now.diedMonth());
                if (!Objects.equals(now.payeePersonId(), s.payee()) || !Objects.equals(now.accountIndex(), s.index())
                        || !Objects.equals(hold, s.hold()) || !Objects.equals(died, s.died())) {
                    updates.add(new Object[] {now.payeePersonId(), now.payeeName(), now.bankName(),
                            now.accountMasked(), now.accountIndex(), hold, died == null ? null : java.sql.Date.valueOf(died),
                            s.id()});
                }
            }
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("""
                    update payroll_recipient set payee_person_id = ?, payee_name = ?, bank_name = ?,
                                                 account_masked = ?, account_index = ?, hold = ?, died_month = ?
                     where id = ?""", updates);
        }
    }
}
