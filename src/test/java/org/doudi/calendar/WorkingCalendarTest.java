package org.doudi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Counting working days over the 2026 calendar (国办发明电〔2025〕7号) and beyond it. */
class WorkingCalendarTest {

    final WorkingCalendar calendar = Calendars.only2026();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void threeWorkingDaysFromTheEveOfNationalDayEndOnTheMakeUpSaturday() {
        // 1–7 October off, 8 and 9 October (Thu, Fri) work, Saturday 10 October is a make-up working day
        WorkingDay day = calendar.add(d("2026-09-30"), 3);
        assertThat(day.date()).isEqualTo(d("2026-10-10"));
        assertThat(day.official()).isTrue();
    }

    @Test
    void theNationalDayHolidayAndTheSundayAfterTheMakeUpDayAreNotCounted() {
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 4)).as("Sunday 11 October is off").isEqualTo(d("2026-10-12"));
        assertThat(calendar.isWorkingDay(d("2026-10-05"))).as("a Monday inside the holiday").isFalse();
        assertThat(calendar.isWorkingDay(d("2026-10-10"))).as("a make-up Saturday").isTrue();
    }

    @Test
    void theSpringFestivalIsSkippedAndItsTwoMakeUpSaturdaysCount() {
        // Friday 13 February → Saturday 14 February (make-up) is the first; 15–23 February off; 24 February next
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
        // 24, 25, 26, 27 February (Tue–Fri), then Saturday 28 February (make-up)
        assertThat(calendar.addWorkingDays(d("2026-02-23"), 5)).isEqualTo(d("2026-02-28"));
        assertThat(calendar.addWorkingDays(d("2026-02-23"), 6)).isEqualTo(d("2026-03-02"));
    }

    @Test
    void anOrdinaryWeekendIsNotCounted() {
        // Friday 13 November 2026 → Monday 16 November
        assertThat(calendar.addWorkingDays(d("2026-11-13"), 1)).isEqualTo(d("2026-11-16"));
        assertThat(calendar.addWorkingDays(d("2026-11-14"), 1)).as("counting from a Saturday").isEqualTo(d("2026-11-16"));
        assertThat(calendar.addWorkingDays(d("2026-11-08"), 5)).as("from a Sunday").isEqualTo(d("2026-11-13"));
    }

    @Test
    void zeroWorkingDaysIsTheStartingDayItselfEvenOnAHoliday() {
        assertThat(calendar.add(d("2026-10-03"), 0).date()).isEqualTo(d("2026-10-03"));
        assertThat(calendar.add(d("2026-10-03"), 0).official()).isTrue();
    }

    @Test
    void aYearWithoutCalendarFallsBackToMondayToFridayAndSaysSo() {
        // 1 October 2027 is a Friday; without a 2027 calendar the National Day week counts as work
        WorkingDay day = calendar.add(d("2027-09-30"), 3);
        assertThat(day.date()).isEqualTo(d("2027-10-05"));
        assertThat(day.official()).isFalse();
        assertThat(day.yearsWithoutCalendar()).containsExactly(2027);

        WorkingDay across = calendar.add(d("2026-12-30"), 3);
        assertThat(across.date()).as("31 Dec (Thu), 1 Jan 2027 (Fri), 4 Jan (Mon)").isEqualTo(d("2027-01-04"));
        assertThat(across.yearsWithoutCalendar()).containsExactly(2027);
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> calendar.add(d("2026-10-01"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarFileWithMistakesNamesEveryOne() {
        String yaml = """
                year: 2030
                holidays:
                  - {from: 2030-10-07, to: 2030-10-01, name: 国庆节}
                  - {from: 2030-13-01, to: 2030-13-02}
                workdays:
                  - 2030-09-29
                  - 2030-09-29
                """;
        assertThatThrownBy(() -> CalendarYear.read(new StringReader(yaml), "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holidays[0]: to is before from")
                .hasMessageContaining("holidays[1].from must be a date")
                .hasMessageContaining("holidays[1].name is required")
                .hasMessageContaining("workdays[1]: 2030-09-29 is listed twice");
    }

    @Test
    void aHolidayOutsideItsYearIsRefused() {
        String yaml = "year: 2030\nholidays:\n  - {from: 2031-01-01, to: 2031-01-01, name: 元旦}\n";
        assertThatThrownBy(() -> CalendarYear.read(new StringReader(yaml), "test"))
                .hasMessageContaining("is not in 2030");
        assertThat(new WorkingCalendar(List.of()).knows(2030)).isFalse();
    }
}
