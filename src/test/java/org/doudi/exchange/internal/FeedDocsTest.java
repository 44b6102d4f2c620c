package org.doudi.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.doudi.exchange.FeedType;
import org.junit.jupiter.api.Test;

/**
 * The pages of {@code docs/feeds/} are written from the layouts, so the documentation cannot drift from what
 * the import accepts: this test fails when a page differs from what the layout gives. After changing a layout,
 * {@code ./mvnw test -Dtest=FeedDocsTest -Ddoudi.write-feed-docs=true} rewrites the pages.
 */
class FeedDocsTest {

    static final Path DIR = Path.of("docs/feeds");

    @Test
    void everyFeedHasItsDocumentationPageAsTheLayoutSays() throws IOException {
        boolean write = Boolean.getBoolean("doudi.write-feed-docs");
        if (write) {
            Files.createDirectories(DIR);
        }
        check(DIR.resolve("README.md"), index(), write);
        for (FeedType type : FeedType.values()) {
            check(DIR.resolve(type.word() + ".md"), page(FeedLayouts.of(type)), write);
        }
    }

    private static void check(Path file, String expected, boolean write) throws IOException {
        if (write) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as(file + " (rewrite with -Ddoudi.write-feed-docs=true)").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).isEqualTo(expected);
    }

    static String index() {
        StringBuilder s = new StringBuilder("""
                # Department feeds (部门数据)

                Files other departments send to civil affairs, imported through `POST /api/v1/feeds` (multipart:
                `file`, `type`, `mode`) or `java -jar target/doudi.jar feed import --type TYPE FILE [--mode MODE]`.
                These pages are written from the layouts in the code (`exchange.internal.FeedLayouts`); a test
                keeps them identical.

                ## Every feed

                - **Formats:** CSV (UTF-8, with or without a byte-order mark, or GB18030 as Chinese Excel saves it;
                  comma-separated, RFC 4180 quoting) or XLSX (the first worksheet). The file name ends in `.csv` or `.xlsx`.
                - **Header:** the first non-empty row names the columns, by column name (`id_number`) or Chinese label
                  (`身份证号码`), in any order. An unknown or repeated column, or a missing required one, rejects the
                  whole file. Empty rows are skipped.
                - **Rows** are numbered as a spreadsheet numbers them: the header is row 1.
                - **ID numbers** (GB 11643, 18 characters, check digit verified) must be text cells in XLSX: a number
                  cell has lost its last digits.
                - **Dates:** `2026-03-01`, `2026/3/1`, `2026.3.1`, `2026年3月1日`, `20260301` or a date cell; nothing after
                  today unless the column says so; nothing before 1900. **Months:** `2026-03`, `2026/3`, `2026年3月`, `202603`.
                - **Amounts:** yuan (or m² for areas), 0 or more, at most two decimals, no thousands separators.
                - **Codes:** the code (`CREMATION`) or its Chinese label (`火化`).
                - **Modes:** `reject-file` (the default) rejects the whole file when any row is bad — nothing is stored
                  but the import's record and its report; `import-good` stores the good rows and reports the bad ones.
                - **Report:** every problem names its row and column — in the answer (`problem+json` when rejected),
                  in `GET /api/v1/feeds/{id}` and in `GET /api/v1/feeds/{id}/report.csv` (with the unmatched rows).
                - **Idempotent:** the same file (byte for byte) is refused the second time (409); a row already stored
                  (same ID number and the same identifying columns, listed on each page) is counted as a duplicate and
                  adds nothing.
                - **Matching:** each row is matched to the registered person with that ID number, by its blind index;
                  rows nobody has the number of are kept and reported as unmatched, and matched later when the person is
                  registered (every night, `feed rematch`, or at the household's next verification).

                ## The feeds

                | type | feed | sent by | template |
                |---|---|---|---|
                """);
        for (FeedType t : FeedType.values()) {
            s.append("| [`").append(t.word()).append("`](").append(t.word()).append(".md) | ").append(t.label())
                    .append(" | ").append(t.department()).append(" | `GET /api/v1/feeds/types/").append(t.word())
                    .append("/template.csv` · `.xlsx` |\n");
        }
        return s.toString();
    }

    static String page(FeedLayout layout) {
        FeedType t = layout.type();
        StringBuilder s = new StringBuilder();
        s.append("# ").append(t.label()).append(" (`").append(t.word()).append("`)\n\n");
        s.append(layout.description()).append("\n\n");
        s.append("- Sent by: ").append(t.department()).append('\n');
        s.append("- Kind: ").append(t.isState() ? "a state with a start and (once it ends) an end date"
                : "events, each on one day or in one month").append('\n');
        s.append("- Template: `GET /api/v1/feeds/types/").append(t.word()).append("/template.csv` or `.xlsx`\n");
        s.append("- Import: `java -jar target/doudi.jar feed import --type ").append(t.word())
                .append(" FILE` or `POST /api/v1/feeds` with `type=").append(t.word()).append("`\n\n");
        s.append("## Columns\n\n| column | 列名 | required | value | meaning | example |\n|---|---|---|---|---|---|\n");
        for (Column c : layout.columns()) {
            s.append("| `").append(c.name()).append("` | ").append(c.label()).append(" | ")
                    .append(c.required() ? "yes" : "no").append(" | ").append(c.kindInWords()).append(" | ")
                    .append(c.description()).append(" | ").append(c.example().isEmpty() ? "" : "`" + c.example() + "`")
                    .append(" |\n");
        }
        List<Column> coded = layout.columns().stream().filter(c -> !c.codes().isEmpty()).toList();
        if (!coded.isEmpty()) {
            s.append("\n## Codes\n");
            for (Column c : coded) {
                s.append("\n`").append(c.name()).append("` (").append(c.label()).append("): ")
                        .append(c.codes().stream().map(k -> "`" + k.code() + "` " + k.label())
                                .collect(Collectors.joining(", "))).append('\n');
            }
        }
        s.append("\n## Checks\n\n");
        s.append("- Each cell as its value says above; a required cell may not be empty.\n");
        for (FeedLayout.CrossCheck check : layout.checks()) {
            Column c = layout.column(check.reportedOn()).orElseThrow();
            s.append("- `").append(c.name()).append("` ").append(check.message()).append(" → refused.\n");
        }
        s.append("\n## Identity of a row\n\nA row is the same fact as a stored one when it has the same ID number and the same ")
                .append(layout.key().stream().map(f -> "`" + layout.column(f).orElseThrow().name() + "`")
                        .collect(Collectors.joining(", ")))
                .append(": importing it again adds nothing (it is counted as a duplicate).\n");
        s.append("\n## Example\n\n```csv\n");
        s.append(layout.columns().stream().map(Column::label).collect(Collectors.joining(","))).append('\n');
        s.append(layout.columns().stream().map(c -> c.example().contains(",") ? "\"" + c.example() + "\"" : c.example())
                .collect(Collectors.joining(","))).append("\n```\n");
        return s.toString();
    }
}
