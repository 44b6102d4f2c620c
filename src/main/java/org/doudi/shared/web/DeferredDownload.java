package org.doudi.shared.web;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A download's output: the file's content type, name and no-store are set on the response only when the first
 * byte is written, so that a refusal found before it (409, 403) is still answered as an error (problem+json for
 * the API, an error page for the UI) rather than as a broken file.
 */
public final class DeferredDownload extends OutputStream {

    private final HttpServletResponse response;
    private final String contentType;
    private final String disposition;
    private OutputStream out;

    public DeferredDownload(HttpServletResponse response, String contentType, String disposition) {
        this.response = response;
        this.contentType = contentType;
        this.disposition = disposition;
    }

    private OutputStream out() throws IOException {
        if (out == null) {
            response.setContentType(contentType);
            response.setHeader("Content-Disposition", disposition);
            response.setHeader("Cache-Control", "no-store");
            out = response.getOutputStream();
        }
        return out;
    }

    @Override
    public void write(int b) throws IOException {
        out().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        out().flush();
    }
}
