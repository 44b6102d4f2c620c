package org.doudi.payment.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The smallest spreadsheet Excel, WPS and banks' upload tools open (Office Open XML, ECMA-376): one workbook of
 * sheets written row by row, so a payroll of a million lines streams out without being held in memory. Text
 * cells are inline strings in the text format, so an account number is never turned into 6.22E+18; amounts are
 * numbers shown with two decimals. Sheets are written one after the other: {@link #sheet}, rows, {@link #sheet}…
 */
final class XlsxWriter implements AutoCloseable {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final int TEXT = 1;
    private static final int AMOUNT = 2;

    private final ZipOutputStream zip;
    private final Writer out;
    private final List<String> sheets = new ArrayList<>();
    private int row;

    XlsxWriter(OutputStream target) {
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        this.out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    }

    /** Starts the next sheet (ending the one before). */
    void sheet(String name) throws IOException {
        endSheet();
        sheets.add(name);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets.size() + ".xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\"><sheetData>");
        row = 0;
    }

    /** One row; each value a String (text) or a BigDecimal (an amount), null for an empty cell. */
    void row(Object... values) throws IOException {
        row++;
        out.write("<row r=\"" + row + "\">");
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String ref = column(i) + row;
            if (v instanceof BigDecimal amount) {
                out.write("<c r=\"" + ref + "\" s=\"" + AMOUNT + "\"><v>" + amount.toPlainString() + "</v></c>");
            } else {
                out.write("<c r=\"" + ref + "\" s=\"" + TEXT + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        + escape(v.toString()) + "</t></is></c>");
            }
        }
        out.write("</row>");
    }

    private void endSheet() throws IOException {
        if (!sheets.isEmpty()) {
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
        }
    }

    @Override
    public void close() throws IOException {
        endSheet();
        entry("[Content_Types].xml", contentTypes());
        entry("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets>");
        StringBuilder rels = new StringBuilder(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets.size(); i++) {
            workbook.append("<sheet name=\"").append(escape(sheets.get(i - 1))).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        rels.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(RELS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>");
        entry("xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
        entry("xl/_rels/workbook.xml.rels", rels.toString());
        entry("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs></styleSheet>");
        out.flush();
        zip.finish();
        zip.flush();
    }

    private String contentTypes() {
        StringBuilder s = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private void entry(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        out.write(xml);
        out.flush();
        zip.closeEntry();
    }

    /** A, B, … Z, AA, AB … */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** XML text, without the control characters XML 1.0 forbids. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
