package org.doudi.shared.pii;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The master key comes from {@code DOUDI_SECRET_KEY} (base64 of 32 bytes). On the embedded default
 * without one, a key file is generated in the data directory on first start and reused afterwards;
 * on PostgreSQL a missing key is a start-up error, because data encrypted under a forgotten key is lost.
 */
@Configuration(proxyBeanMethods = false)
class PiiConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PiiConfiguration.class);

    @Bean
    PiiProtector piiProtector(@Value("${doudi.secret-key:}") String configured,
                              @Value("${doudi.data-dir}") String dataDir,
                              @Value("${spring.datasource.url}") String dbUrl) throws IOException {
        if (!configured.isBlank()) {
            return new PiiProtector(decode(configured.trim(), "DOUDI_SECRET_KEY"));
        }
        if (!dbUrl.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("DOUDI_SECRET_KEY must be set (base64 of 32 random bytes, e.g. "
                    + "`openssl rand -base64 32`) when Doudi runs on an external database");
        }
        Path keyFile = Path.of(dataDir, "secret.key");
        if (!Files.exists(keyFile)) {
            Files.createDirectories(keyFile.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's permissions must protect it
            }
            log.info("Generated a new PII key in {}; back it up with the database", keyFile.toAbsolutePath());
        }
        return new PiiProtector(decode(Files.readString(keyFile).trim(), keyFile.toString()));
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
    }
}
