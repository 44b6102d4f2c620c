package org.doudi.registry.internal.generator;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;

/**
 * The registry tables a population fills (V4__registry.sql), parents before children, with the
 * columns written and their JDBC types. Every sink writes the same columns in the same order, so a
 * CSV file loads with {@code COPY table (columns) FROM … CSV HEADER}.
 */
enum RegistryTable {

    HOUSEHOLD("household", true,
            col("id", Types.BIGINT), col("region_code", Types.VARCHAR), col("address", Types.VARCHAR),
            col("residence", Types.VARCHAR), col("exited_poverty", Types.BOOLEAN), col("phone", Types.VARCHAR),
            col("created_at", Types.TIMESTAMP_WITH_TIMEZONE), col("updated_at", Types.TIMESTAMP_WITH_TIMEZONE),
            col("version", Types.INTEGER)),
    HOUSEHOLD_TAG("household_tag", false,
            col("household_id", Types.BIGINT), col("kind", Types.VARCHAR), col("code", Types.VARCHAR)),
    PERSON("person", true,
            col("id", Types.BIGINT), col("name", Types.VARCHAR), col("id_number_enc", Types.VARCHAR),
            col("id_number_hash", Types.VARCHAR), col("id_number_masked", Types.VARCHAR), col("birth_date", Types.DATE),
            col("sex", Types.VARCHAR), col("bank_name", Types.VARCHAR), col("bank_account_enc", Types.VARCHAR),
            col("bank_account_hash", Types.VARCHAR), col("bank_account_masked", Types.VARCHAR),
            col("household_id", Types.BIGINT), col("relation", Types.VARCHAR), col("region_code", Types.VARCHAR),
            col("version", Types.INTEGER)),
    MEMBERSHIP("membership", true,
            col("id", Types.BIGINT), col("person_id", Types.BIGINT), col("household_id", Types.BIGINT),
            col("relation", Types.VARCHAR), col("from_date", Types.DATE)),
    INCOME_ITEM("income_item", true,
            col("id", Types.BIGINT), col("person_id", Types.BIGINT), col("type", Types.VARCHAR),
            col("monthly", Types.NUMERIC), col("from_month", Types.DATE), col("to_month", Types.DATE),
            col("note", Types.VARCHAR)),
    DISABILITY("disability", true,
            col("id", Types.BIGINT), col("person_id", Types.BIGINT), col("kind", Types.VARCHAR),
            col("grade", Types.SMALLINT), col("valid_from", Types.DATE)),
    PERSON_FACT("person_fact", true,
            col("id", Types.BIGINT), col("person_id", Types.BIGINT), col("kind", Types.VARCHAR),
            col("fact_value", Types.VARCHAR), col("valid_from", Types.DATE)),
    HOUSEHOLD_ASSET("household_asset", true,
            col("id", Types.BIGINT), col("household_id", Types.BIGINT), col("kind", Types.VARCHAR),
            col("asset_value", Types.NUMERIC), col("exempt", Types.BOOLEAN), col("description", Types.VARCHAR),
            col("valid_from", Types.DATE)),
    HOUSEHOLD_EXPENSE("household_expense", true,
            col("id", Types.BIGINT), col("household_id", Types.BIGINT), col("person_id", Types.BIGINT),
            col("kind", Types.VARCHAR), col("amount", Types.NUMERIC), col("spent_month", Types.DATE),
            col("description", Types.VARCHAR));

    record Column(String name, int sqlType) {
    }

    private final String tableName;
    private final boolean identity;
    private final List<Column> columns;

    RegistryTable(String tableName, boolean identity, Column... columns) {
        this.tableName = tableName;
        this.identity = identity;
        this.columns = List.of(columns);
    }

    String tableName() {
        return tableName;
    }

    /** Whether the table has a generated {@code id} (whose sequence must move past the ids written). */
    boolean hasIdentity() {
        return identity;
    }

    List<Column> columns() {
        return columns;
    }

    String columnList() {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }

    int[] sqlTypes() {
        return columns.stream().mapToInt(Column::sqlType).toArray();
    }

    String insertSql() {
        String[] marks = new String[columns.size()];
        Arrays.fill(marks, "?");
        return "insert into " + tableName + " (" + columnList() + ") values (" + String.join(", ", marks) + ")";
    }

    private static Column col(String name, int sqlType) {
        return new Column(name, sqlType);
    }
}
