package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doudi.payment.PayrollState;
import org.doudi.payment.ReturnImport;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bank's return file (docs/payments/bank-file.md, docs/decisions/0027): every row is checked before anything
 * changes (a bad row is a 400 naming its line); then, in the caller's one transaction, the rows are loaded in bulk
 * and the lines updated in a few statements. A failed payment frees its claim, gives its recovery instalment back,
 * and records the account it was sent to, so that the payee's next payments wait for a corrected account. The
 * same file imported again changes nothing; a file that contradicts an earlier one is refused.
 */
@Component
class Reconciliation {

    /** Status words of a paid and of a returned payment (compared in upper case); docs/payments/bank-file.md. */
    static final Set<String> PAID = Set.of("PAID", "SUCCESS", "S", "OK", "成功", "已支付");
    static final Set<String> FAILED = Set.of("FAILED", "FAIL", "F", "失败", "退回");
    /** The header names accepted (compared in lower case), and the column each names. */
    static final Map<String, String> HEADER = Map.of("reference", "reference", "参考号", "reference",
            "status", "status", "状态", "status", "reason", "reason", "原因", "reason", "失败原因", "reason",
            "amount", "amount", "金额", "amount");

    private final JdbcClient jdbc;
    private final BulkRows bulk;

    Reconciliation(JdbcClient jdbc, BulkRows bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** The lines that were in the bank file: ids (sorted), their status and amount in fen. */
    private record Sent(long[] ids, char[] status, long[] fen) {

        int indexOf(long id) {
            return Arrays.binarySearch(ids, id);
        }
    }

    private Sent sent(long payrollId) {
        List<Object[]> rows = jdbc.sql("""
                        select id, status, gross - deducted as amount from payroll_line
                         where payroll_id = :p and status in ('DUE', 'PAID', 'FAILED') and gross > deducted
                         order by id""")
                .param("p", payrollId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)}).list();
        long[] ids = new long[rows.size()];
        char[] status = new char[rows.size()];
        long[] fen = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ids[i] = (Long) rows.get(i)[0];
            status[i] = ((String) rows.get(i)[1]).charAt(0);
            fen[i] = ((BigDecimal) rows.get(i)[2]).movePointRight(2).longValueExact();
        }
        return new Sent(ids, status, fen);
    }

    private record Outcome(long lineId, boolean paid, String reason) {
    }

    ReturnImport importFile(PayrollStore.Row payroll, byte[] content, String fileName, String by, Instant at) {
        String sha = sha256(content);
        Optional<int[]> earlier = jdbc.sql("select rows_read, paid, failed from bank_return where payroll_id = :p "
                        + "and sha256 = :sha")
                .param("p", payroll.id()).param("sha", sha)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).optional();
        if (earlier.isPresent()) {
            return new ReturnImport(payroll.id(), earlier.get()[0], 0, 0, earlier.get()[0], true, payroll.state());
        }
        List<CsvText.Row> rows = CsvText.parse(CsvText.decode(content));
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "is empty: expected a header reference,status[,reason][,amount]");
        }
        Map<String, Integer> columns = columns(rows.get(0).fields());
        if (!columns.containsKey("reference") || !columns.containsKey("status")) {
            throw new InvalidInputException("line 1", "the header must name the columns reference (参考号) and "
                    + "status (状态), and may name reason (原因) and amount (金额)");
        }
        Sent sent = sent(payroll.id());
        List<FieldProblem> problems = new ArrayList<>();
        List<Outcome> changes = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        int unchanged = 0;
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            String line = "line " + row.line();
            String reference = row.field(columns.get("reference"));
            String status = row.field(columns.get("status")).toUpperCase(Locale.ROOT);
            String reason = columns.containsKey("reason") ? row.field(columns.get("reason")) : "";
            Optional<Long> lineId = PayrollStore.lineOf(reference, payroll.id());
            int at_ = lineId.map(sent::indexOf).orElse(-1);
            if (lineId.isEmpty() || at_ < 0) {
                problems.add(new FieldProblem(line, "reference " + (reference.isEmpty() ? "is missing"
                        : reference + " is not a payment of the bank file of payroll " + payroll.id())));
                continue;
            }
            boolean paid = PAID.contains(status);
            if (!paid && !FAILED.contains(status)) {
                problems.add(new FieldProblem(line, "status must be PAID (成功) or FAILED (失败), not '" + status + "'"));
                continue;
            }
            if (columns.containsKey("amount") && !row.field(columns.get("amount")).isEmpty()) {
                BigDecimal amount;
                try {
                    amount = new BigDecimal(row.field(columns.get("amount")));
                } catch (NumberFormatException e) {
                    amount = null;
                }
                if (amount == null || amount.movePointRight(2).compareTo(BigDecimal.valueOf(sent.fen()[at_])) != 0) {
                    problems.add(new FieldProblem(line, "amount " + row.field(columns.get("amount"))
                            + " is not the amount of " + reference + " in the bank file ("
                            + BigDecimal.valueOf(sent.fen()[at_], 2) + ")"));
                    continue;
                }
            }
            Integer before = seen.put(lineId.get(), row.line());
            if (before != null) {
                problems.add(new FieldProblem(line, "repeats " + reference + " of line " + before));
                continue;
            }
            char known = sent.status()[at_];
            if (known == 'D') {
                changes.add(new Outcome(lineId.get(), paid, paid ? null : (reason.isEmpty() ? "returned by the bank"
                        : truncate(reason))));
            } else if ((known == 'P') == paid) {
                unchanged++;
            } else {
                problems.add(new FieldProblem(line, reference + " was already recorded as "
                        + (known == 'P' ? "PAID" : "FAILED") + " by an earlier return file"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return apply(payroll, changes, unchanged, rows.size() - 1, sha, fileName, by, at);
    }

    /** Where each known column is in a header row (the first of a name wins); other columns are ignored. */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = HEADER.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (name != null) {
                columns.putIfAbsent(name, i);
            }
        }
        return columns;
    }

    private ReturnImport apply(PayrollStore.Row payroll, List<Outcome> changes, int unchanged, int rowCount, String sha,
                               String fileName, String by, Instant at) {
        int paid = (int) changes.stream().filter(Outcome::paid).count();
        int failed = changes.size() - paid;
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into bank_return (payroll_id, sha256, file_name, rows_read, paid, failed, imported_by,
                                                 imported_at)
                        values (:p, :sha, :name, :rows, :paid, :failed, :by, :at)""")
                .param("p", payroll.id()).param("sha", sha).param("name", truncate(fileName)).param("rows", rowCount)
                .param("paid", paid).param("failed", failed).param("by", by).param("at", Timestamp.from(at))
                .update(keys, "id");
        long returnId = keys.getKey().longValue();
        bulk.insert("bank_return_row", List.of("return_id", "line_id", "paid", "reason"),
                changes.stream().map(o -> new Object[] {returnId, o.lineId(), o.paid(), o.reason()}).toList());
        Map<String, Object> p = Map.of("p", payroll.id(), "r", returnId, "at", Timestamp.from(at));
        jdbc.sql("""
                        update payroll_line set status = 'PAID'
                         where payroll_id = :p and status = 'DUE'
                           and id in (select line_id from bank_return_row where return_id = :r and paid = true)""")
                .params(p).update();
        if (failed > 0) {
            jdbc.sql("""
                            update payroll_line
                               set status = 'FAILED', live = null,
                                   note = (select b.reason from bank_return_row b
                                            where b.return_id = :r and b.line_id = payroll_line.id)
                             where payroll_id = :p and status = 'DUE'
                               and id in (select line_id from bank_return_row where return_id = :r and paid = false)""")
                    .params(p).update();
            jdbc.sql("""
                            update recovery_deduction set live = null
                             where live = 1 and line_id in (select line_id from bank_return_row
                                                             where return_id = :r and paid = false)""")
                    .params(p).update();
            jdbc.sql("""
                            insert into payment_failure (line_id, payroll_id, payee_person_id, account_index, reason,
                                                         reported_at)
                            select l.id, l.payroll_id, r.payee_person_id, r.account_index, l.note, :at
                              from payroll_line l join payroll_recipient r on r.id = l.recipient_id
                             where l.id in (select line_id from bank_return_row where return_id = :r and paid = false)""")
                    .params(p).update();
            jdbc.sql("""
                            insert into open_claim (claim, claim_id, for_month, benefit_id, opened_at, why)
                            select l.claim, l.claim_id, l.for_month, l.benefit_id, :at, 'FAILED'
                              from payroll_line l
                             where l.id in (select line_id from bank_return_row where return_id = :r and paid = false)
                               and not exists (select 1 from open_claim o where o.claim = l.claim
                                                  and o.claim_id = l.claim_id and o.for_month = l.for_month)""")
                    .params(p).update();
        }
        long outstanding = jdbc.sql("""
                        select count(*) from payroll_line
                         where payroll_id = :p and status = 'DUE' and gross > deducted""")
                .params(p).query(Long.class).single();
        return new ReturnImport(payroll.id(), rowCount, paid, failed, unchanged, false,
                outstanding == 0 ? PayrollState.RECONCILED : payroll.state());
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
