package org.doudi.casework.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document in one embedded font, laid out from the top: centred headings, paragraphs wrapped
 * to the width (Chinese breaks between any two characters, a Latin word or number stays whole, closing
 * punctuation never starts a line), right-aligned lines for the issuer and date, and ruled tables. New
 * pages as needed. A character the font lacks is printed as "?" rather than failing the whole document.
 */
final class PdfLayout implements AutoCloseable {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_SIDE = 72;
    private static final float MARGIN_TOP = 80;
    private static final float MARGIN_BOTTOM = 72;
    private static final float LEADING = 1.6f;
    /** 禁则: these never begin a line; they hang at the end of the previous one. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’,.;:?!)%";

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final CmapLookup cmap;
    private PDPageContentStream content;
    private float y;

    PdfLayout(DocumentFont.Opened opened, String title) {
        try {
            this.font = PDType0Font.load(document, opened.font(), true);
            this.cmap = opened.font().getUnicodeCmapLookup(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Doudi");
        newPage();
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN_SIDE;
    }

    void centred(String text, float size) {
        for (String line : wrap(text, size, width(), 0)) {
            room(size);
            show(line, MARGIN_SIDE + (width() - measure(line, size)) / 2, size);
            y -= size * LEADING;
        }
    }

    /** A paragraph; {@code indent}: the first line starts two characters in, as Chinese prose does. */
    void paragraph(String text, float size, boolean indent) {
        float first = indent ? 2 * size : 0;
        List<String> lines = wrap(text, size, width(), first);
        for (int i = 0; i < lines.size(); i++) {
            room(size);
            show(lines.get(i), MARGIN_SIDE + (i == 0 ? first : 0), size);
            y -= size * LEADING;
        }
    }

    /** A label and its value, the value's further lines aligned under its first. */
    void field(String label, String value, float size) {
        float labelWidth = measure(label, size);
        List<String> lines = wrap(value, size, width() - labelWidth, 0);
        for (int i = 0; i < lines.size(); i++) {
            room(size);
            if (i == 0) {
                show(label, MARGIN_SIDE, size);
            }
            show(lines.get(i), MARGIN_SIDE + labelWidth, size);
            y -= size * LEADING;
        }
    }

    void right(String text, float size) {
        room(size);
        show(text, MARGIN_SIDE + width() - measure(text, size), size);
        y -= size * LEADING;
    }

    void gap(float points) {
        y -= points;
    }

    /**
     * A ruled table: a header row, then the rows; {@code widths} are the columns' shares of the width.
     * Cells wrap; a row moves whole to the next page when it does not fit.
     */
    void table(List<String> header, List<List<String>> rows, float[] widths, float size) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        float pad = size * 0.5f;
        for (List<String> row : all) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < row.size(); c++) {
                List<String> wrapped = wrap(row.get(c), size, widths[c] * width() - 2 * pad, 0);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * size * LEADING + pad;
            if (y - height < MARGIN_BOTTOM) {
                newPage();
            }
            float x = MARGIN_SIDE;
            float top = y;
            for (int c = 0; c < cells.size(); c++) {
                float cellWidth = widths[c] * width();
                rectangle(x, top - height, cellWidth, height);
                float lineY = top - pad - size;
                for (String line : cells.get(c)) {
                    showAt(line, x + pad, lineY, size);
                    lineY -= size * LEADING;
                }
                x += cellWidth;
            }
            y = top - height;
        }
        y -= size;
    }

    byte[] finish() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- drawing

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN_TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(float size) {
        if (y - size < MARGIN_BOTTOM) {
            newPage();
        }
    }

    private void show(String text, float x, float size) {
        showAt(text, x, y - size, size);
    }

    private void showAt(String text, float x, float baseline, float size) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rectangle(float x, float yBottom, float w, float h) {
        try {
            content.setLineWidth(0.6f);
            content.addRect(x, yBottom, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- text

    private float measure(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot draw replaced by "?", and line breaks as spaces. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c == ' ' || cmap.getGlyphId(c) != 0) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Greedy wrapping into lines no wider than {@code width} ({@code firstIndent} less for the first). */
    List<String> wrap(String text, float size, float width, float firstIndent) {
        List<String> tokens = tokens(printable(text == null ? "" : text));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float available = width - firstIndent;
        for (String token : tokens) {
            String candidate = line + token;
            boolean hangs = token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0;
            if (line.length() > 0 && measure(candidate, size) > available && !hangs) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                available = width;
                if (token.isBlank()) {
                    continue;
                }
                // a Latin word longer than the whole line is cut where it must be
                while (measure(token, size) > available && token.length() > 1) {
                    int cut = token.length() - 1;
                    while (cut > 1 && measure(token.substring(0, cut), size) > available) {
                        cut--;
                    }
                    lines.add(token.substring(0, cut));
                    token = token.substring(cut);
                }
            }
            line.append(token);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** A run of Latin letters, digits and joining marks is one token; every other character is its own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean latin = c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '/'
                    || c == '_' || c == '@');
            if (latin) {
                word.appendCodePoint(c);
                return;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(new String(Character.toChars(c)));
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}
