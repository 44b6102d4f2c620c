package org.doudi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back as a reader would see it: its text, and whether every font it uses is embedded. */
public record PdfText(String text, List<String> fonts, boolean allFontsEmbedded, int pages) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded &= font.isEmbedded();
                }
            }
            return new PdfText(new PDFTextStripper().getText(doc), fonts, embedded, doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without spaces and line breaks: Chinese has no spaces, and wrapping may split a sentence. */
    public String compact() {
        return text.replaceAll("\\s+", "");
    }
}
