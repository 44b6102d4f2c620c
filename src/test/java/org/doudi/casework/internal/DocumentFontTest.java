package org.doudi.casework.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.doudi.casework.DocumentsUnavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which fonts qualify for the documents, and what the refusal says when none does. */
class DocumentFontTest {

    static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    @Test
    void withoutAnyFontTheRefusalNamesWhatToInstall(@TempDir Path dir) throws IOException {
        Path garbage = Files.writeString(dir.resolve("broken.ttf"), "not a font");
        DocumentFont fonts = new DocumentFont(List.of(dir.resolve("missing.ttc"), garbage), false);
        assertThatThrownBy(fonts::open).isInstanceOf(DocumentsUnavailable.class)
                .hasMessageContaining("no font that can write Chinese in a PDF was found")
                .hasMessageContaining("missing.ttc (not installed)")
                .hasMessageContaining("broken.ttf (unreadable")
                .hasMessageContaining("apt-get install fonts-wqy-zenhei");
    }

    @Test
    void aConfiguredFontThatIsMissingIsNamed() {
        DocumentFont fonts = new DocumentFont("/nowhere/font.ttf");
        assertThatThrownBy(fonts::open).isInstanceOf(DocumentsUnavailable.class)
                .hasMessageContaining("the font that doudi.documents.font names is not usable: /nowhere/font.ttf");
    }

    /** Noto CJK, the CJK font most Debian machines have, has CFF outlines: PDFBox cannot subset it. */
    @Test
    void aCffOutlineFontIsNotUsedEvenWhenItHasTheGlyphs() {
        assumeTrue(Files.isReadable(NOTO_CJK), NOTO_CJK + " (Debian's fonts-noto-cjk) is not installed");
        DocumentFont fonts = new DocumentFont(List.of(NOTO_CJK), true);
        assertThatThrownBy(fonts::open).isInstanceOf(DocumentsUnavailable.class)
                .hasMessageContaining("CFF-outline fonts such as Noto CJK cannot be embedded");
    }
}
