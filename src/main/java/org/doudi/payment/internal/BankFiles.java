package org.doudi.payment.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.doudi.payment.BankFileFormat;
import org.doudi.payment.LineKind;
import org.doudi.registry.BankAccount;
import org.doudi.registry.Households;
import org.doudi.registry.Payee;
import org.doudi.registry.PayeeHousehold;
import org.doudi.shared.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bank file of an exported payroll (docs/payments/bank-file.md): one row per payment, with the payee's
 * account in full — the only place Doudi ever writes it out. The accounts are read from the registry a chunk at a
 * time while the file streams; each must still be the account the payroll was exported with (its blind index),
 * so that the file downloaded today is the file handed to the bank.
 */
@Component
class BankFiles {

    static final List<String> COLUMNS = List.of("reference", "name", "account", "bank", "amount", "purpose", "month");
    /** The same columns as the bank's clerk reads them: the XLSX file's header. */
    static final List<String> HEADINGS = List.of("参考号", "户名", "账号", "开户行", "金额", "用途", "所属月份");
    /** The XLSX file's sheets: the payments, then their count and total. */
    static final String PAYMENTS_SHEET = "代发明细";
    static final String SUMMARY_SHEET = "汇总";
    static final String SUMMARY_COUNT = "笔数";
    static final String SUMMARY_TOTAL = "总金额";
    private static final int CHUNK = 5000;
    /** What each programme's payments are called on the payee's statement. */
    static final Map<String, String> PROGRAMME_NAMES = Map.ofEntries(
            Map.entry("DIBAO", "低保金"), Map.entry("TEKUN", "特困供养金"), Map.entry("ORPHAN", "孤儿基本生活费"),
            Map.entry("UNSUPPORTED_CHILD", "事实无人抚养儿童基本生活费"),
            Map.entry("DISABILITY_LIVING", "困难残疾人生活补贴"), Map.entry("DISABILITY_CARE", "重度残疾人护理补贴"),
            Map.entry("TEMPORARY", "临时救助金"), Map.entry("MEDICAL", "医疗救助金"));

    private final JdbcClient jdbc;
    private final Households households;

    BankFiles(JdbcClient jdbc, Households households) {
        this.jdbc = jdbc;
        this.households = households;
    }

    /** What a payment is for, in the words the payee reads on their statement, e.g. {@code 低保金补发 2026-10}. */
    static String purpose(String programme, LineKind kind, YearMonth month) {
        String name = PROGRAMME_NAMES.getOrDefault(programme, programme);
        return switch (kind) {
            case REGULAR -> name;
            case ARREARS -> name + "补发";
            case REPAYMENT -> name + "重发";
            case PRICE_SUBSIDY -> "价格临时补贴";
        } + " " + month;
    }

    /** One row of the file, with the account still to be read. */
    private record Payment(long lineId, LineKind kind, YearMonth month, BigDecimal amount, Long payeePersonId,
                           Long householdId, String payeeName, String bankName, String accountIndex) {
    }

    /** Lines in the file: those to be paid when it was made, with something to transfer. */
    private List<Payment> chunk(long payrollId, long afterLineId) {
        return jdbc.sql("""
                        select l.id, l.kind, l.for_month, l.gross - l.deducted as amount, r.payee_person_id,
                               r.household_id, r.payee_name, r.bank_name, r.account_index
                          from payroll_line l join payroll_recipient r on r.id = l.recipient_id
                         where l.payroll_id = :p and l.status in ('DUE', 'PAID', 'FAILED') and l.gross > l.deducted
                           and l.id > :after
                         order by l.id limit :size""")
                .param("p", payrollId).param("after", afterLineId).param("size", CHUNK)
                .query((rs, n) -> new Payment(rs.getLong("id"), LineKind.valueOf(rs.getString("kind")),
                        YearMonth.from(rs.getObject("for_month", LocalDate.class)), rs.getBigDecimal("amount"),
                        rs.getObject("payee_person_id", Long.class), rs.getObject("household_id", Long.class),
                        rs.getString("payee_name"), rs.getString("bank_name"), rs.getString("account_index")))
                .list();
    }

    /**
     * Refuses (409) when a payee's account has changed since the export: the file could no longer be the one
     * handed to the bank. Reads only masked data, before a single full account is decrypted.
     */
    void checkAccountsUnchanged(long payrollId) {
        List<String> changed = new ArrayList<>();
        long after = 0;
        for (List<Payment> chunk = chunk(payrollId, after); !chunk.isEmpty(); chunk = chunk(payrollId, after)) {
            Map<Long, String> indexOf = new HashMap<>();
            for (PayeeHousehold h : households.payees(chunk.stream().map(Payment::householdId).distinct().toList())) {
                for (Payee m : h.members()) {
                    indexOf.put(m.personId(), m.bankAccountIndex());
                }
            }
            for (Payment p : chunk) {
                if (!Objects.equals(indexOf.get(p.payeePersonId()), p.accountIndex()) && changed.size() < 10) {
                    changed.add(PayrollStore.reference(payrollId, p.lineId()));
                }
            }
            after = chunk.get(chunk.size() - 1).lineId();
        }
        if (!changed.isEmpty()) {
            throw new ConflictException("the bank file cannot be made again: the account of the payee of "
                    + String.join(", ", changed) + " has changed since the payroll was exported");
        }
    }

    /** Writes the file; answers the number of rows and their total. */
    Summary write(long payrollId, String programme, BankFileFormat format, OutputStream target) throws IOException {
        return format == BankFileFormat.CSV ? csv(payrollId, programme, target) : xlsx(payrollId, programme, target);
    }

    record Summary(long rows, BigDecimal total) {
    }

    private Summary csv(long payrollId, String programme, OutputStream target) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        out.write(String.join(",", COLUMNS) + "\r\n");
        Summary s = rows(payrollId, programme, row -> {
            try {
                out.write(String.join(",", row.stream().map(v -> CsvText.field(v.toString())).toList()) + "\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
        return s;
    }

    private Summary xlsx(long payrollId, String programme, OutputStream target) throws IOException {
        try (XlsxWriter x = new XlsxWriter(target)) {
            x.sheet(PAYMENTS_SHEET);
            x.row(HEADINGS.toArray());
            Summary s = rows(payrollId, programme, row -> {
                try {
                    x.row(row.toArray());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            x.sheet(SUMMARY_SHEET);
            x.row(SUMMARY_COUNT, Long.toString(s.rows()));
            x.row(SUMMARY_TOTAL, s.total());
            return s;
        }
    }

    private Summary rows(long payrollId, String programme, java.util.function.Consumer<List<Object>> sink) {
        long rows = 0;
        BigDecimal total = BigDecimal.ZERO;
        long after = 0;
        String purpose = "bank file of payroll " + payrollId;
        for (List<Payment> chunk = chunk(payrollId, after); !chunk.isEmpty(); chunk = chunk(payrollId, after)) {
            Map<Long, BankAccount> accounts = households.bankAccounts(
                    chunk.stream().map(Payment::payeePersonId).filter(Objects::nonNull).distinct().toList(), purpose);
            for (Payment p : chunk) {
                BankAccount account = accounts.get(p.payeePersonId());
                if (account == null || !account.accountIndex().equals(p.accountIndex())) {
                    throw new ConflictException("the account of the payee of "
                            + PayrollStore.reference(payrollId, p.lineId()) + " changed while the file was made");
                }
                sink.accept(List.of(PayrollStore.reference(payrollId, p.lineId()), p.payeeName(), account.account(),
                        p.bankName() == null ? "" : p.bankName(), p.amount(), purpose(programme, p.kind(), p.month()),
                        p.month().toString()));
                rows++;
                total = total.add(p.amount());
            }
            after = chunk.get(chunk.size() - 1).lineId();
        }
        return new Summary(rows, total);
    }
}
