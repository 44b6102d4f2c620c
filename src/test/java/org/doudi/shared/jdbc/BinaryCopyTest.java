package org.doudi.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.doudi.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;

class BinaryCopyTest {

    private static String hex(BinaryCopy out) {
        return HexFormat.of().formatHex(Arrays.copyOf(out.bytes(), out.length()));
    }

    @Test
    void anAmountIsWrittenAsBase10000DigitsWithItsScale() {
        // 120.00: one digit (120) of weight 0, positive, two decimal places
        assertThat(hex(new BinaryCopy().numeric(new BigDecimal("120.00"))))
                .isEqualTo("0000000a" + "0001" + "0000" + "0000" + "0002" + "0078");
        // -12345678.90: digits 1234 5678 9000 (the last is the fraction's first four places), weight 1
        assertThat(hex(new BinaryCopy().numeric(new BigDecimal("-12345678.90"))))
                .isEqualTo("0000000e" + "0003" + "0001" + "4000" + "0002" + "04d2" + "162e" + "2328");
        // 0.01: one digit (100) of weight -1
        assertThat(hex(new BinaryCopy().numeric(new BigDecimal("0.01"))))
                .isEqualTo("0000000a" + "0001" + "ffff" + "0000" + "0002" + "0064");
        assertThat(hex(new BinaryCopy().numeric(new BigDecimal("0.00"))))
                .isEqualTo("00000008" + "0000" + "0000" + "0000" + "0002");
    }

    @Test
    void datesAndInstantsCountFromTheYear2000AndNullIsMinusOne() {
        assertThat(hex(new BinaryCopy().date(LocalDate.of(2000, 1, 2)))).isEqualTo("00000004" + "00000001");
        assertThat(hex(new BinaryCopy().date(LocalDate.of(1999, 12, 31)))).isEqualTo("00000004" + "ffffffff");
        assertThat(hex(new BinaryCopy().timestamptz(Instant.parse("2000-01-01T00:00:01.000002Z"))))
                .isEqualTo("00000008" + "00000000000f4242");
        assertThat(hex(new BinaryCopy().text(null).int8(null))).isEqualTo("ffffffff" + "ffffffff");
    }

    @Test
    void textIsUtf8WithItsLengthInBytes() {
        assertThat(hex(new BinaryCopy().text("ab"))).isEqualTo("00000002" + "6162");
        assertThat(hex(new BinaryCopy().text("a张"))).isEqualTo("00000004" + "61" + "e5bca0");
    }

    @Test
    void aSmallintOutOfRangeIsRefusedNotCut() {
        assertThatThrownBy(() -> new BinaryCopy().int2(40_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("40000");
    }

    @Test
    void theBufferGrowsAndClears() {
        BinaryCopy out = new BinaryCopy();
        String long1 = "x".repeat(100_000);
        out.text(long1).text(long1);
        assertThat(out.length()).isEqualTo(2 * (4 + 100_000));
        out.clear();
        assertThat(out.length()).isZero();
    }

    /** What PostgreSQL itself reads from these bytes: every type, and many amounts of every shape. */
    @Nested
    @Tag("db")
    @ExtendWith(TestDatabase.class)
    @EnabledIfSystemProperty(named = "doudi.test.db", matches = "postgres")
    class ReadByPostgreSQL {

        @Test
        void everyValueComesBackAsItWasWritten() throws Exception {
            Random random = new Random(7);
            List<BigDecimal> amounts = new ArrayList<>(List.of(new BigDecimal("0"), new BigDecimal("0.00"),
                    new BigDecimal("9999.9999"), new BigDecimal("10000"), new BigDecimal("-0.0001"),
                    new BigDecimal("1E+5"), new BigDecimal("123456789012345678901234567890.123456789"),
                    new BigDecimal(BigInteger.ONE.shiftLeft(70).negate(), 3)));
            for (int i = 0; i < 2_000; i++) {
                amounts.add(new BigDecimal(BigInteger.valueOf(random.nextLong() >> random.nextInt(60)),
                        random.nextInt(9)));
            }
            UUID uuid = UUID.randomUUID();
            Instant instant = Instant.parse("2026-11-23T08:30:15.123456Z");
            BinaryCopy out = new BinaryCopy().header();
            for (int i = 0; i < amounts.size(); i++) {
                out.row(9).int8((long) i).int4(-i).int2(i % 3 == 0 ? null : i % 300).text("张三 " + i)
                        .date(LocalDate.of(1990, 1, 1).plusDays(i)).timestamptz(instant).uuid(uuid)
                        .numeric(amounts.get(i)).numeric(new BigDecimal(i).movePointLeft(2));
            }
            out.trailer();
            try (Connection c = DriverManager.getConnection(System.getProperty("doudi.test.db.url"),
                    System.getProperty("doudi.test.db.user"), System.getProperty("doudi.test.db.password"));
                 Statement s = c.createStatement()) {
                s.execute("create temporary table copied (n bigint, i integer, g smallint, t varchar(40), d date,"
                        + " at timestamp with time zone, u uuid, a numeric, m numeric(14, 2))");
                long rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy copied from stdin with (format binary)",
                        new ByteArrayInputStream(out.bytes(), 0, out.length()));
                assertThat(rows).isEqualTo(amounts.size());
                try (ResultSet rs = s.executeQuery("select * from copied order by n")) {
                    for (int i = 0; i < amounts.size(); i++) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getLong("n")).isEqualTo(i);
                        assertThat(rs.getInt("i")).isEqualTo(-i);
                        assertThat(rs.getObject("g", Integer.class)).isEqualTo(i % 3 == 0 ? null : i % 300);
                        assertThat(rs.getString("t")).isEqualTo("张三 " + i);
                        assertThat(rs.getObject("d", LocalDate.class)).isEqualTo(LocalDate.of(1990, 1, 1).plusDays(i));
                        assertThat(rs.getTimestamp("at").toInstant()).isEqualTo(instant);
                        assertThat(rs.getObject("u", UUID.class)).isEqualTo(uuid);
                        BigDecimal expected = amounts.get(i).scale() < 0 ? amounts.get(i).setScale(0) : amounts.get(i);
                        assertThat(rs.getBigDecimal("a")).as("amount %s", expected).isEqualTo(expected);
                        assertThat(rs.getBigDecimal("m")).isEqualTo(new BigDecimal(i).movePointLeft(2));
                    }
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }
}
