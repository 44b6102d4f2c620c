package org.doudi.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The project's own copy of the demo parameter set, as the tests read it. */
public final class DemoParameters {

    public static final String RESOURCE = "/policy/demo-parameters.yaml";

    private DemoParameters() {
    }

    public static ParameterFile file() {
        return ParameterFile.read(text());
    }

    public static String text() {
        try (InputStream in = DemoParameters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
