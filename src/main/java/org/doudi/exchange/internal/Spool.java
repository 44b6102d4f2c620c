package org.doudi.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file copied to a temporary file of its own (for the check to read at its own pace), with the
 * SHA-256 of its bytes — what recognises the same file sent again. It is deleted on close.
 */
final class Spool implements AutoCloseable {

    private final Path file;
    private final String sha256;

    private Spool(Path file, String sha256) {
        this.file = file;
        this.sha256 = sha256;
    }

    static Spool of(InputStream content) throws IOException {
        Path file = Files.createTempFile("doudi-feed-", ".upload");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            return new Spool(file, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(file);
            throw new IllegalStateException(e);
        }
    }

    Path file() {
        return file;
    }

    String sha256() {
        return sha256;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
