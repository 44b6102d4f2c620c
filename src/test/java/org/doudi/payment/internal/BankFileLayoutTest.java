package org.doudi.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.doudi.payment.LineKind;
import org.junit.jupiter.api.Test;

class BankFileLayoutTest {

    @Test
    void csvIsReadWithQuotesLineBreaksAndEitherEncoding() {
        String text = "reference,status,reason\r\nP1L2,FAILED,\"账户冻结, 请核实\"\n\nP1L3,PAID,\"two\nlines\"";
        List<CsvText.Row> rows = CsvText.parse(CsvText.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).field(2)).isEqualTo("账户冻结, 请核实");
        assertThat(rows.get(2).line()).isEqualTo(4);
        assertThat(rows.get(2).field(2)).isEqualTo("two\nlines");
        List<CsvText.Row> gbk = CsvText.parse(CsvText.decode("参考号,状态\nP1L2,失败\n".getBytes(Charset.forName("GB18030"))));
        assertThat(gbk.get(1).field(1)).isEqualTo("失败");
        assertThat(CsvText.field("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }

    @Test
    void aPaymentSaysWhatItIsForInThePayeesWords() {
        YearMonth oct = YearMonth.of(2026, 10);
        assertThat(BankFiles.purpose("DIBAO", LineKind.REGULAR, oct)).isEqualTo("低保金 2026-10");
        assertThat(BankFiles.purpose("DIBAO", LineKind.ARREARS, oct)).isEqualTo("低保金补发 2026-10");
        assertThat(BankFiles.purpose("TEKUN", LineKind.REPAYMENT, oct)).isEqualTo("特困供养金重发 2026-10");
        assertThat(BankFiles.purpose("DIBAO", LineKind.PRICE_SUBSIDY, oct)).isEqualTo("价格临时补贴 2026-10");
    }

    @Test
    void theSpreadsheetKeepsAccountsAsTextAndAmountsAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter x = new XlsxWriter(out)) {
            x.sheet("代发明细");
            x.row("账号", "金额");
            x.row("6222020200112233445", new BigDecimal("650.00"));
            x.row("<&>", null);
        }
        String sheet = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(sheet).contains("<c r=\"A2\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + "6222020200112233445</t></is></c>", "<c r=\"B2\" s=\"2\"><v>650.00</v></c>", "&lt;&amp;&gt;");
        assertThat(XlsxWriter.column(0)).isEqualTo("A");
        assertThat(XlsxWriter.column(25)).isEqualTo("Z");
        assertThat(XlsxWriter.column(26)).isEqualTo("AA");
        assertThat(PayrollStore.lineOf("P17L4052", 17)).contains(4052L);
        assertThat(PayrollStore.lineOf("P18L4052", 17)).isEmpty();
        assertThat(PayrollStore.reference(17, 4052)).isEqualTo("P17L4052");
    }
}
