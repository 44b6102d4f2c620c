package org.doudi.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.payment.BankFileFormat;
import org.doudi.payment.LineKind;
import org.junit.jupiter.api.Test;

/**
 * docs/payments/bank-file.md is written by hand for the bank's people; this test holds it to the code: the columns
 * and their headings in order, the sheets, the header names and status words the return file accepts, and the
 * two examples, which must be a bank file the code could write and a return file the import would accept for it.
 */
class BankFileDocsTest {

    static final Path DOC = Path.of("docs/payments/bank-file.md");
    static final long EXAMPLE_PAYROLL = 17;
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    private final String doc;

    BankFileDocsTest() throws IOException {
        doc = Files.readString(DOC, StandardCharsets.UTF_8);
    }

    @Test
    void theColumnsAreTheFilesInTheirOrderWithTheirHeadings() {
        List<String> names = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (String row : tableRows(section("### Columns, in this order"))) {
            List<String> cells = cells(row);
            names.add(cells.get(1).replace("`", ""));
            headings.add(cells.get(2));
        }
        assertThat(names).isEqualTo(BankFiles.COLUMNS);
        assertThat(headings).isEqualTo(BankFiles.HEADINGS);
        BankFiles.PROGRAMME_NAMES.forEach((code, name) -> assertThat(doc).contains(name + " (`" + code + "`)"));
        assertThat(Programmes.PAID).allMatch(BankFiles.PROGRAMME_NAMES::containsKey);
        assertThat(doc).contains("**" + BankFiles.PAYMENTS_SHEET + "**", "**" + BankFiles.SUMMARY_SHEET + "**",
                "`" + BankFiles.SUMMARY_COUNT + "`", "`" + BankFiles.SUMMARY_TOTAL + "`");
        for (BankFileFormat f : BankFileFormat.values()) {
            assertThat(doc).contains("Media type `" + f.mediaType() + "`", "format=" + f.extension());
        }
    }

    @Test
    void theReturnFilesHeaderNamesAndStatusWordsAreThoseTheImportAccepts() {
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        Set<String> paid = new HashSet<>();
        Set<String> failed = new HashSet<>();
        for (String row : tableRows(section("### Layout"))) {
            List<String> cells = cells(row);
            documented.put(cells.get(0), spans(cells.get(1)));
            if (cells.get(0).equals("status")) {
                String words = cells.get(3);
                int returned = words.indexOf("returned:");
                paid.addAll(spans(words.substring(words.indexOf("paid:"), returned)));
                failed.addAll(spans(words.substring(returned)));
            }
        }
        Map<String, Set<String>> accepted = new LinkedHashMap<>();
        Reconciliation.HEADER.forEach((name, column) -> accepted.computeIfAbsent(column, k -> new HashSet<>()).add(name));
        assertThat(documented).isEqualTo(accepted);
        assertThat(paid).isEqualTo(Reconciliation.PAID);
        assertThat(failed).isEqualTo(Reconciliation.FAILED);
    }

    @Test
    void theExamplesAreABankFileAndAReturnFileTheImportAccepts() {
        List<String> blocks = csvBlocks();
        assertThat(blocks).hasSize(2);

        List<CsvText.Row> file = CsvText.parse(blocks.get(0));
        assertThat(file.get(0).fields()).isEqualTo(BankFiles.COLUMNS);
        Map<String, BigDecimal> amounts = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CsvText.Row row : file.subList(1, file.size())) {
            assertThat(row.fields()).as("line " + row.line()).hasSize(BankFiles.COLUMNS.size());
            String reference = row.field(0);
            assertThat(PayrollStore.lineOf(reference, EXAMPLE_PAYROLL)).as(reference).isPresent();
            assertThat(row.field(2)).as("a full account").matches("[0-9]{8,30}");
            assertThat(row.field(4)).as("yuan with two decimals").matches("[0-9]+\\.[0-9]{2}");
            YearMonth month = YearMonth.parse(row.field(6));
            List<String> purposes = new ArrayList<>();
            for (LineKind kind : LineKind.values()) {
                purposes.add(BankFiles.purpose("DIBAO", kind, month));
            }
            assertThat(purposes).as("purpose of " + reference).contains(row.field(5));
            BigDecimal amount = new BigDecimal(row.field(4));
            amounts.put(reference, amount);
            total = total.add(amount);
        }
        assertThat(doc).as("the summary sheet of the example")
                .contains(BankFiles.SUMMARY_COUNT + " `" + amounts.size() + "`",
                        BankFiles.SUMMARY_TOTAL + " `" + total.toPlainString() + "`");

        List<CsvText.Row> returned = CsvText.parse(blocks.get(1));
        Map<String, Integer> columns = Reconciliation.columns(returned.get(0).fields());
        assertThat(columns).containsKeys("reference", "status", "reason", "amount");
        Set<String> answered = new HashSet<>();
        for (CsvText.Row row : returned.subList(1, returned.size())) {
            String reference = row.field(columns.get("reference"));
            assertThat(amounts).as("a payment of the example's bank file").containsKey(reference);
            String status = row.field(columns.get("status")).toUpperCase(java.util.Locale.ROOT);
            assertThat(Reconciliation.PAID.contains(status) || Reconciliation.FAILED.contains(status)).as(status)
                    .isTrue();
            assertThat(new BigDecimal(row.field(columns.get("amount")))).isEqualByComparingTo(amounts.get(reference));
            assertThat(answered.add(reference)).as(reference + " once").isTrue();
        }
        assertThat(answered).as("every payment answered: the payroll is reconciled").isEqualTo(amounts.keySet());
    }

    // ---- reading the page

    /** The text from a heading to the next heading of the same or a higher level. */
    private String section(String heading) {
        int start = doc.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        Matcher next = Pattern.compile("\n#{1," + (level.length() - 1) + "} ").matcher(doc);
        int end = next.find(start + heading.length() + 1) ? next.start() : doc.length();
        return doc.substring(start, end);
    }

    /** The body rows of the section's table (not its header or separator). */
    private static List<String> tableRows(String section) {
        List<String> rows = section.lines().filter(l -> l.startsWith("|")).toList();
        assertThat(rows).as("a table").hasSizeGreaterThan(2);
        return rows.subList(2, rows.size());
    }

    private static List<String> cells(String row) {
        String inner = row.strip().substring(1, row.strip().length() - 1);
        return List.of(inner.split("\\|", -1)).stream().map(String::strip).toList();
    }

    private static Set<String> spans(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = CODE_SPAN.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private List<String> csvBlocks() {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```csv\n(.*?)```", Pattern.DOTALL).matcher(doc);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
