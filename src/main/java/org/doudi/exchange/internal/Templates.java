package org.doudi.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.doudi.exchange.FeedType;

/**
 * The downloadable template of each feed: the header (the columns' Chinese labels, which the import accepts
 * as well as the column names) and one example row to overwrite. The XLSX has a second sheet explaining each
 * column; its ID-number column is formatted as text, so Excel keeps all 18 characters.
 */
final class Templates {

    private Templates() {
    }

    static void csv(FeedType type, Writer out) throws IOException {
        List<Column> columns = FeedLayouts.of(type).columns();
        StringBuilder header = new StringBuilder("\uFEFF");
        StringBuilder example = new StringBuilder();
        for (Column c : columns) {
            if (header.length() > 1) {
                header.append(',');
                example.append(',');
            }
            CsvField.text(header, c.label());
            CsvField.text(example, c.example());
        }
        out.write(header.append('\n').append(example).append('\n').toString());
        out.flush();
    }

    static void xlsx(FeedType type, OutputStream out) throws IOException {
        FeedLayout layout = FeedLayouts.of(type);
        List<Column> columns = layout.columns();
        Workbook workbook = new Workbook(out, "Doudi", "1.0");
        Worksheet data = workbook.newWorksheet(type.label());
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            data.value(0, i, c.label());
            data.style(0, i).bold().set();
            data.width(i, Math.max(12, c.label().length() * 2.5 + 2));
            example(data, i, c);
        }
        Worksheet help = workbook.newWorksheet("说明");
        String[] titles = {"列名 (label)", "column", "必填 required", "取值 value", "说明 description", "代码 codes"};
        for (int i = 0; i < titles.length; i++) {
            help.value(0, i, titles[i]);
            help.style(0, i).bold().set();
        }
        for (int r = 0; r < columns.size(); r++) {
            Column c = columns.get(r);
            help.value(r + 1, 0, c.label());
            help.value(r + 1, 1, c.name());
            help.value(r + 1, 2, c.required() ? "是 yes" : "否 no");
            help.value(r + 1, 3, c.kindInWords());
            help.value(r + 1, 4, c.description());
            help.value(r + 1, 5, String.join("; ", c.codes().stream().map(k -> k.code() + " " + k.label()).toList()));
        }
        help.value(columns.size() + 2, 0, layout.description());
        workbook.finish();
    }

    private static void example(Worksheet sheet, int col, Column c) {
        String value = c.example();
        if (value.isEmpty()) {
            return;
        }
        switch (c.kind()) {
            case DATE -> {
                sheet.value(1, col, java.time.LocalDate.parse(value));
                sheet.style(1, col).format("yyyy-mm-dd").set();
            }
            case AMOUNT -> sheet.value(1, col, new BigDecimal(value));
            case ID_NUMBER, CREDIT_CODE -> {
                sheet.value(1, col, value);
                sheet.style(1, col).format("@").set();
            }
            default -> sheet.value(1, col, value);
        }
    }
}
