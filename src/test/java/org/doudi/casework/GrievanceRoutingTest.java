package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.doudi.calendar.Calendars;
import org.doudi.region.RegionLevel;
import org.doudi.shared.security.Role;
import org.junit.jupiter.api.Test;

/** Where complaints and appeals go, and by when they are answered, without a database. */
class GrievanceRoutingTest {

    static final String PROVINCE = "990000000000";
    static final String CITY = "990100000000";
    static final String QINGSHAN = "990121000000";
    static final String QINGSHAN_TOWN = "990121101000";
    static final String SHIQIAO = "990121101201";

    @Test
    void aComplaintAboutAVillageOrATownGoesToTheCountyAboutTheCountyToTheCity() {
        assertThat(GrievanceRouting.complaintOffice(SHIQIAO)).contains(QINGSHAN);
        assertThat(GrievanceRouting.complaintOffice(QINGSHAN_TOWN)).contains(QINGSHAN);
        assertThat(GrievanceRouting.complaintOffice(QINGSHAN)).contains(CITY);
        assertThat(GrievanceRouting.complaintOffice(CITY)).contains(PROVINCE);
        assertThat(GrievanceRouting.complaintOffice(PROVINCE)).isEmpty();
    }

    @Test
    void anAppealGoesToTheLevelAboveTheDecider() {
        assertThat(GrievanceRouting.appealOffice(QINGSHAN_TOWN)).contains(QINGSHAN);
        assertThat(GrievanceRouting.appealOffice(QINGSHAN)).contains(CITY);
        assertThat(GrievanceRouting.appealOffice("990122000000")).contains(CITY);
        assertThat(GrievanceRouting.above(SHIQIAO)).contains(QINGSHAN_TOWN);
        assertThat(GrievanceRouting.above(PROVINCE)).isEmpty();
    }

    @Test
    void theOfficersOfTheOfficeItselfHandleIt() {
        assertThat(GrievanceRouting.handles(QINGSHAN, Set.of(Role.COUNTY_OFFICER), QINGSHAN)).isTrue();
        assertThat(GrievanceRouting.handles("990122000000", Set.of(Role.COUNTY_OFFICER), QINGSHAN))
                .as("another county").isFalse();
        assertThat(GrievanceRouting.handles(QINGSHAN, Set.of(Role.COUNTY_REVITALISATION), QINGSHAN)).isFalse();
        assertThat(GrievanceRouting.handles(CITY, Set.of(Role.CITY_SUPERVISOR), QINGSHAN))
                .as("the city, unless it takes it over").isFalse();
        assertThat(GrievanceRouting.handles(CITY, Set.of(Role.CITY_SUPERVISOR), CITY)).isTrue();
        assertThat(GrievanceRouting.handles(PROVINCE, Set.of(Role.ADMINISTRATOR), PROVINCE)).isTrue();
        assertThat(GrievanceRouting.handlers(RegionLevel.TOWN)).isEmpty();
    }

    @Test
    void complaintsAreAnsweredIn15WorkingDaysAndAppealsIn60DaysEndingOnAWorkingDay() {
        AnswerDeadlines deadlines = new AnswerDeadlines(Calendars.only2026());
        // Tue 22 … Thu 24, Mid-Autumn 25–27, Mon 28 … Wed 30, National Day 1–7, Thu 8, Fri 9, Sat 10 (make-up),
        // Mon 12 … Fri 16, Mon 19: the fifteenth
        assertThat(deadlines.due(Grievances.Kind.COMPLAINT, LocalDate.of(2026, 9, 21)).date())
                .isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(deadlines.due(Grievances.Kind.COMPLAINT, LocalDate.of(2026, 9, 21)).official()).isTrue();
        assertThat(deadlines.due(Grievances.Kind.APPEAL, LocalDate.of(2026, 7, 1)).date())
                .as("the 60th day is a Sunday").isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(deadlines.due(Grievances.Kind.APPEAL, LocalDate.of(2026, 8, 3)).date())
                .as("the 60th day, 2 October, falls in the National Day holiday").isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(deadlines.due(Grievances.Kind.APPEAL, LocalDate.of(2026, 8, 11)).date())
                .as("the 60th day, Saturday 10 October, is a make-up working day").isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(deadlines.due(Grievances.Kind.APPEAL, LocalDate.of(2026, 9, 2)).date())
                .as("a working day: itself").isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(deadlines.due(Grievances.Kind.COMPLAINT, LocalDate.of(2026, 12, 28)).official())
                .as("counted into 2027, which has no calendar yet").isFalse();
    }
}
