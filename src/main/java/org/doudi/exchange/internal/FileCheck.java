package org.doudi.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.doudi.exchange.FeedImports;
import org.doudi.exchange.FeedImports.Phase;
import org.doudi.exchange.RowProblem;

/**
 * Reads a feed file once, from the header to the last row, checking every row: the good ones go to the
 * {@link Sink} as they come (on their way to the database: {@link FactStream}), the problems to the report.
 * Whether what was written is kept is decided after the whole file was seen.
 */
final class FileCheck {

    enum Format { CSV, XLSX }

    private FileCheck() {
    }

    /** Where the good rows go, one by one, as they are checked; and a word for every bad one. */
    interface Sink {

        void good(FactRow row);

        void bad();
    }

    static CheckedFile check(FeedLayout layout, Format format, Path file, LocalDate today,
                             UnaryOperator<String> blindIndex, FeedImports.Progress progress, Sink sink)
            throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        int rows = 0;
        int good = 0;
        int rejected = 0;
        int problemsTotal = 0;
        try (SheetReader sheet = open(format, file, problems)) {
            if (sheet == null) {
                return unreadable(problems);
            }
            String[] header = firstNonBlank(sheet);
            if (header == null) {
                problems.add(new RowProblem(0, null, "has no header row: the file is empty"));
                return unreadable(problems);
            }
            RowValidator validator = RowValidator.forHeader(layout, header, today, blindIndex, problems);
            if (validator == null) {
                return unreadable(problems);
            }
            // the reader has read ahead of the header: nothing is checked yet whatever it read
            progress.update(Phase.CHECKING, 0, sheet.percentRead() < 0 ? -1 : 0);
            List<RowProblem> rowProblems = new ArrayList<>();
            String[] cells;
            while ((cells = sheet.next()) != null) {
                if (RowValidator.isBlank(cells)) {
                    continue;
                }
                rows++;
                rowProblems.clear();
                FactRow row = validator.validate(sheet.rowNo(), cells, rowProblems);
                if (row == null) {
                    rejected++;
                    problemsTotal += rowProblems.size();
                    for (RowProblem p : rowProblems) {
                        if (problems.size() < FeedImports.PROBLEMS_KEPT) {
                            problems.add(p);
                        }
                    }
                    sink.bad();
                } else {
                    good++;
                    sink.good(row);
                }
                if (rows % FeedImports.PROGRESS_EVERY_ROWS == 0) {
                    progress.update(Phase.CHECKING, rows, sheet.percentRead());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (format == Format.XLSX || e instanceof java.nio.charset.CharacterCodingException) {
                problems.add(new RowProblem(0, null, "cannot be read as " + format + ": " + e.getMessage()));
                return unreadable(problems);
            }
            throw e;
        }
        progress.update(Phase.CHECKING, rows, 100);
        if (rows == 0) {
            problems.add(new RowProblem(0, null, "has a header but no data rows"));
            return unreadable(problems);
        }
        return new CheckedFile(rows, good, rejected, List.copyOf(problems), problemsTotal, false);
    }

    private static SheetReader open(Format format, Path file, List<RowProblem> problems) throws IOException {
        if (format == Format.CSV) {
            return new CsvSheet(file);
        }
        try {
            return new XlsxSheet(file);
        } catch (IOException | RuntimeException e) {
            problems.add(new RowProblem(0, null, "is not a readable XLSX workbook (" + e.getMessage() + ")"));
            return null;
        }
    }

    private static String[] firstNonBlank(SheetReader sheet) throws IOException {
        String[] cells;
        while ((cells = sheet.next()) != null) {
            if (!RowValidator.isBlank(cells)) {
                return cells;
            }
        }
        return null;
    }

    private static CheckedFile unreadable(List<RowProblem> problems) {
        return new CheckedFile(0, 0, 0, List.copyOf(problems), problems.size(), true);
    }
}
