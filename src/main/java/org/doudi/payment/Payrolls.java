package org.doudi.payment;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;

/**
 * Monthly payrolls (DOMAIN.md §3.4; docs/decisions/0026, 0027). Every call acts for {@code Actor.current()}: a
 * payroll is seen only by those whose region contains its county (anything else is answered like a missing
 * payroll); county officers (and administrators, for batch runs) generate, county officers approve — never the
 * one who generated — and export. Every change is audited in its transaction.
 */
public interface Payrolls {

    /** Whether the actor may generate, approve and export payrolls (for pages to offer the buttons). */
    boolean mayGenerate();

    boolean mayApprove();

    /** The programmes payrolls pay (DIBAO, TEKUN …), in the order pages list them. */
    java.util.List<String> programmes();

    /**
     * Generates the payroll of a county, programme and month, and answers it once generated. When an open payroll
     * with the same parameters exists, that one is answered (generated again first if its generation failed or
     * was interrupted); once the month's payroll was exported, a new one pays only what is still unpaid.
     */
    Generated generate(PayrollRequest request, GenerationListener listener);

    /** The same, in the background: answers the payroll at once, GENERATING with its progress while it runs. */
    Generated start(PayrollRequest request);

    /** The payroll and whether this call created it. */
    record Generated(Payroll payroll, boolean created) {
    }

    /** Progress of a generation, for a progress line. */
    interface GenerationListener {
        GenerationListener NONE = (step, done, total) -> { };

        void progress(String step, long done, long total);
    }

    /** Newest month first; each filter may be null. */
    PageOf<Payroll> list(String countyCode, String programme, YearMonth month, PayrollState state, int page, int size);

    Payroll get(long id);

    /** The payroll's lines by id; each filter may be null. */
    PageOf<PayrollLine> lines(long id, LineStatus status, LineKind kind, int page, int size);

    /** Lines the bank returned unpaid, in the actor's region, whose months have not been paid again since. */
    PageOf<PayrollLine> failedPayments(int page, int size);

    /**
     * Releases the account a failed line was sent to, unchanged (the bank's problem has passed): the payee's later
     * lines are no longer held for it. A corrected account needs no release: it is another account.
     */
    AccountReleased releaseAccount(long lineId, String note);

    Payroll approve(long id, Integer version);

    /** The checker sends it back: every line is cancelled and the months it would have paid stay open. */
    Payroll reject(long id, Integer version, String reason);

    /** Hands the payroll to the bank: the bank file can be downloaded from now on. */
    Payroll export(long id, Integer version);

    /** The file name of the bank file, e.g. {@code doudi-990121000000-DIBAO-2026-12-p17.csv}. */
    String bankFileName(long id, BankFileFormat format);

    /** Writes the bank file of an exported payroll; every download is recorded in the audit log. */
    void writeBankFile(long id, BankFileFormat format, OutputStream out) throws IOException;

    /** Imports the bank's return file (docs/payments/bank-file.md); a bad row is a 400 naming it, nothing changes. */
    ReturnImport importReturn(long id, byte[] content, String fileName);
}
