package org.doudi.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Chooses the database of a test run before any Spring context starts. {@code -Ddoudi.test.db=h2}
 * (the default) gives an in-memory H2 in PostgreSQL mode; {@code -Ddoudi.test.db=postgres} gives the
 * real PostgreSQL at {@code DOUDI_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test},
 * user {@code postgres}), in a schema of its own that is dropped and created afresh once per run.
 * When PostgreSQL cannot be reached the tests are skipped with a message, or fail when
 * {@code DOUDI_TEST_POSTGRES=required}.
 */
public final class TestDatabase implements ExecutionCondition {

    private static final String SCHEMA = "doudi_test";
    private static ConditionEvaluationResult decided;

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("doudi.test.db", "h2"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return prepare();
    }

    static synchronized ConditionEvaluationResult prepare() {
        if (decided == null) {
            decided = isPostgres() ? preparePostgres() : prepareH2();
        }
        if (!decided.isDisabled()) {
            return decided;
        }
        if ("required".equalsIgnoreCase(System.getenv("DOUDI_TEST_POSTGRES"))) {
            throw new IllegalStateException("DOUDI_TEST_POSTGRES=required but " + decided.getReason().orElse(""));
        }
        System.err.println("SKIPPED (PostgreSQL): " + decided.getReason().orElse(""));
        return decided;
    }

    private static ConditionEvaluationResult prepareH2() {
        System.setProperty("doudi.test.db.url", "jdbc:h2:mem:doudi-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        System.setProperty("doudi.test.db.user", "sa");
        System.setProperty("doudi.test.db.password", "");
        return ConditionEvaluationResult.enabled("H2 in memory");
    }

    private static ConditionEvaluationResult preparePostgres() {
        String url = env("DOUDI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("DOUDI_TEST_DB_USER", "postgres");
        String password = env("DOUDI_TEST_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
        } catch (SQLException e) {
            return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + url + " as " + user
                    + " (" + e.getMessage() + "); start it or set DOUDI_TEST_DB_URL");
        }
        System.setProperty("doudi.test.db.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        System.setProperty("doudi.test.db.user", user);
        System.setProperty("doudi.test.db.password", password);
        return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
