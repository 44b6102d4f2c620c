package org.doudi.casework.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.doudi.casework.DocumentsUnavailable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font the case documents are written in: a TrueType-outline font with Chinese glyphs, embedded in
 * each PDF as a subset of the glyphs used (decision 0022). Either the file {@code doudi.documents.font}
 * names (a {@code .ttf}, or a {@code .ttc} collection whose first usable member is taken), or the first
 * of Debian's CJK TrueType fonts that is installed. Noto CJK (Debian's fonts-noto-cjk) does not qualify:
 * its outlines are CFF, which PDFBox cannot subset, and embedding it whole would make every letter 16 MB.
 */
@Component
class DocumentFont {

    /** Debian's TrueType fonts with Chinese glyphs, the package that installs each in the comment. */
    static final List<Path> DEBIAN_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), // fonts-wqy-zenhei
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), // fonts-droid-fallback
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), // fonts-wqy-microhei
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc")); // fonts-arphic-uming

    /** Characters every document prints: a font without them is no use. */
    private static final String PROBE = "救助决定通知书公示表元";

    static final String WHAT_TO_DO = "install Debian's fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei) or "
            + "fonts-droid-fallback, or set DOUDI_DOCUMENTS_FONT (doudi.documents.font) to a TrueType font file "
            + "(.ttf or .ttc) with Chinese glyphs";

    private final List<Path> candidates;
    private final boolean configured;

    @Autowired
    DocumentFont(@Value("${doudi.documents.font:}") String configured) {
        this(configured == null || configured.isBlank() ? DEBIAN_FONTS : List.of(Path.of(configured.strip())),
                configured != null && !configured.isBlank());
    }

    DocumentFont(List<Path> candidates, boolean configured) {
        this.candidates = List.copyOf(candidates);
        this.configured = configured;
    }

    /** A font opened for one document; closing it releases the file once the document is saved. */
    record Opened(TrueTypeFont font, String path, Closeable source) implements Closeable {

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /** The first usable font, opened; {@link DocumentsUnavailable} naming what was tried and what to install. */
    Opened open() {
        List<String> tried = new ArrayList<>();
        for (Path path : candidates) {
            if (!Files.isReadable(path)) {
                tried.add(path + " (not installed)");
                continue;
            }
            try {
                Opened opened = load(path);
                if (opened != null) {
                    return opened;
                }
                tried.add(path + " (no TrueType font with Chinese glyphs in it; CFF-outline fonts such as Noto CJK "
                        + "cannot be embedded)");
            } catch (IOException | RuntimeException e) {
                tried.add(path + " (unreadable: " + e.getMessage() + ")");
            }
        }
        String where = configured ? "the font that doudi.documents.font names is not usable: "
                : "no font that can write Chinese in a PDF was found: ";
        throw new DocumentsUnavailable(where + String.join("; ", tried) + ". To produce documents, " + WHAT_TO_DO + ".");
    }

    private static Opened load(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc") || name.endsWith(".otc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            TrueTypeFont[] chosen = new TrueTypeFont[1];
            try {
                collection.processAllFonts(font -> {
                    if (chosen[0] == null && usable(font)) {
                        chosen[0] = font;
                    }
                });
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
            if (chosen[0] == null) {
                collection.close();
                return null;
            }
            return new Opened(chosen[0], path.toString(), collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        if (!usable(font)) {
            font.close();
            return null;
        }
        return new Opened(font, path.toString(), font);
    }

    /** TrueType outlines (PDFBox subsets only those) and the Chinese characters every document needs. */
    private static boolean usable(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        var cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return false;
        }
        return PROBE.codePoints().allMatch(c -> cmap.getGlyphId(c) != 0);
    }
}
