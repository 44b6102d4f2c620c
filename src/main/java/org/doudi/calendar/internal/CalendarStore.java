package org.doudi.calendar.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.calendar.CalendarYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar tables: whole years are inserted, never changed; everything is read at once (a few hundred rows). */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CalendarStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Set<Integer> loadedYears() {
        return new HashSet<>(jdbc.sql("select year_number from calendar_year").query(Integer.class).list());
    }

    void insert(CalendarYear year, String source, Instant at) {
        jdbc.sql("insert into calendar_year (year_number, source, loaded_at) values (?, ?, ?)")
                .params(year.year(), source, Timestamp.from(at)).update();
        List<Object[]> rows = new ArrayList<>();
        year.holidays().forEach((d, name) -> rows.add(new Object[] {d, year.year(), "HOLIDAY", name}));
        year.workdays().forEach(d -> rows.add(new Object[] {d, year.year(), "WORKDAY", null}));
        batch.batchUpdate("insert into calendar_day (on_date, year_number, kind, name) values (?, ?, ?, ?)", rows);
    }

    List<LoadedYear> years() {
        return jdbc.sql("""
                select y.year_number, y.source,
                    (select count(*) from calendar_day d where d.year_number = y.year_number and d.kind = 'HOLIDAY'),
                    (select count(*) from calendar_day d where d.year_number = y.year_number and d.kind = 'WORKDAY')
                from calendar_year y order by y.year_number
                """).query((rs, i) -> new LoadedYear(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    List<CalendarYear> all() {
        Map<Integer, Map<LocalDate, String>> holidays = new HashMap<>();
        Map<Integer, Set<LocalDate>> workdays = new HashMap<>();
        for (Integer y : loadedYears()) {
            holidays.put(y, new HashMap<>());
            workdays.put(y, new HashSet<>());
        }
        jdbc.sql("select on_date, year_number, kind, name from calendar_day").query(rs -> {
            LocalDate d = rs.getObject("on_date", LocalDate.class);
            int y = rs.getInt("year_number");
            if ("HOLIDAY".equals(rs.getString("kind"))) {
                holidays.get(y).put(d, rs.getString("name"));
            } else {
                workdays.get(y).add(d);
            }
        });
        return holidays.keySet().stream().map(y -> new CalendarYear(y, holidays.get(y), workdays.get(y))).toList();
    }
}
