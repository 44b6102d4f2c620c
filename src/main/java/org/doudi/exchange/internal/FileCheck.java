package org.doudi.exchange.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.doudi.exchange.FeedImports;
import org.doudi.exchange.RowProblem;

/**
 * Reads a feed file once, from the header to the last row, checking every row: the good ones go to the
 * {@link GoodRows} spool, the problems to the report. Nothing touches the database: whether anything is
 * written is decided after the whole file was seen.
 */
final class FileCheck {

    static final int PROGRESS_EVERY = 50_000;
    static final int PEOPLE_BATCH = 10_000;

    enum Format { CSV, XLSX }

    private FileCheck() {
    }

    static CheckedFile check(FeedLayout layout, Format format, Path file, Path spool, LocalDate today,
                             UnaryOperator<String> blindIndex, FeedImports.Progress progress) throws IOException {
        return check(layout, format, file, spool, today, blindIndex, progress, batch -> {
        });
    }

    /**
     * As above, handing the new distinct blind indexes to {@code newPeople} {@value #PEOPLE_BATCH} at a time (and
     * the rest at the end), so that the people can be located while the rest of the file is still being read.
     */
    static CheckedFile check(FeedLayout layout, Format format, Path file, Path spool, LocalDate today,
                             UnaryOperator<String> blindIndex, FeedImports.Progress progress,
                             Consumer<List<String>> newPeople) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        List<String> batch = new ArrayList<>(PEOPLE_BATCH);
        int rows = 0;
        int good = 0;
        int rejected = 0;
        int problemsTotal = 0;
        try (SheetReader sheet = open(format, file, problems);
             BufferedWriter out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
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
                } else {
                    good++;
                    if (hashes.add(row.idHash())) {
                        batch.add(row.idHash());
                        if (batch.size() == PEOPLE_BATCH) {
                            newPeople.accept(List.copyOf(batch));
                            batch.clear();
                        }
                    }
                    GoodRows.write(out, row);
                }
                if (rows % PROGRESS_EVERY == 0) {
                    progress.update("checked", rows);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (format == Format.XLSX || e instanceof java.nio.charset.CharacterCodingException) {
                problems.add(new RowProblem(0, null, "cannot be read as " + format + ": " + e.getMessage()));
                return unreadable(problems);
            }
            throw e;
        }
        progress.update("checked", rows);
        if (!batch.isEmpty()) {
            newPeople.accept(List.copyOf(batch));
        }
        if (rows == 0) {
            problems.add(new RowProblem(0, null, "has a header but no data rows"));
            return unreadable(problems);
        }
        return new CheckedFile(rows, good, rejected, List.copyOf(problems), problemsTotal, false, spool, hashes);
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
        return new CheckedFile(0, 0, 0, List.copyOf(problems), problems.size(), true, null, Set.of());
    }
}
