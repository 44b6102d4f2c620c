package org.doudi.exchange.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first worksheet of an XLSX workbook, streamed row by row (fastexcel reads the sheet's XML as a stream,
 * so a file of a million rows never sits in memory). Cells become the text the CSV would hold: a number cell
 * with a date format becomes {@code yyyy-MM-dd}, other numbers their plain decimal form.
 */
final class XlsxSheet implements SheetReader {

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private int rowNo;

    XlsxSheet(Path file) throws IOException {
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        this.rows = workbook.getFirstSheet().openStream();
        this.iterator = rows.iterator();
    }

    @Override
    public String[] next() {
        if (!iterator.hasNext()) {
            return null;
        }
        Row row = iterator.next();
        rowNo = row.getRowNum();
        String[] cells = new String[row.getCellCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = text(row.getCell(i));
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell);
            case FORMULA -> cell.getRawValue() == null ? "" : formulaValue(cell);
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            case ERROR -> "#ERROR";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String formulaValue(Cell cell) {
        try {
            new BigDecimal(cell.getRawValue());
            return number(cell);
        } catch (NumberFormatException e) {
            return cell.getRawValue();
        }
    }

    private static String number(Cell cell) {
        BigDecimal value = new BigDecimal(cell.getRawValue());
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            LocalDateTime at = ExcelDates.fromSerial(value);
            return at == null ? value.toPlainString() : at.toLocalDate().toString();
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** Excel's built-in date formats (14–22, and the East Asian ones), or a custom format with day or year parts. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47
                || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return f.contains("y") || f.contains("d") || f.contains("e");
    }

    @Override
    public int rowNo() {
        return rowNo;
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }

    /** Excel's day numbers (the 1900 system: day 1 is 1900-01-01, with its phantom 29 February 1900). */
    static final class ExcelDates {

        private ExcelDates() {
        }

        static LocalDateTime fromSerial(BigDecimal serial) {
            double days = serial.doubleValue();
            if (days < 1 || days > 2_958_465) {
                return null;
            }
            long whole = (long) Math.floor(days);
            // serials from 61 on count the phantom 1900-02-29; 1899-12-30 + serial gives the day for those
            java.time.LocalDate day = whole >= 61 ? java.time.LocalDate.of(1899, 12, 30).plusDays(whole)
                    : java.time.LocalDate.of(1899, 12, 31).plusDays(whole);
            return day.atStartOfDay();
        }
    }
}
