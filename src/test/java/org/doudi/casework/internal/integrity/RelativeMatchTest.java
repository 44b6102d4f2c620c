package org.doudi.casework.internal.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.doudi.casework.CaseFlag;
import org.doudi.casework.CaseFlagKind;
import org.doudi.casework.RelativesRegister.Kinship;
import org.doudi.casework.RelativesRegister.StaffKind;
import org.doudi.registry.MemberIdIndex;
import org.junit.jupiter.api.Test;

/** Which registrations flag a case: the person in the household and registered on a common day of the case. */
class RelativeMatchTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 9, 30);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static MemberIdIndex member(String hash, LocalDate from, LocalDate to) {
        return new MemberIdIndex(1, "吴秀兰", "990196********0021", hash, from, to);
    }

    static RelativeRow registration(long id, String hash, LocalDate on, LocalDate ended, Kinship relation) {
        return new RelativeRow(id, StaffKind.USER, "qingshan.town.caseworker", "青山镇 经办人", "TOWN_CASEWORKER",
                "990121101000", "吴秀兰", hash, "990196********0021", relation, null, on, ended, ended == null ? null : "调岗",
                "qingshan.town.caseworker", Instant.EPOCH, 0);
    }

    @Test
    void aRegistrationInForceWhileThePersonBelongsFlagsFromTheLatestOfTheThreeStarts() {
        List<CaseFlag> flags = RelativeMatch.flags(List.of(member("h1", LocalDate.of(2015, 1, 1), null)),
                List.of(registration(5, "h1", LocalDate.of(2026, 1, 5), null, Kinship.SIBLING)), RECEIVED, TODAY);
        assertThat(flags).hasSize(1);
        CaseFlag f = flags.get(0);
        assertThat(f.kind()).isEqualTo(CaseFlagKind.RELATIVE_OF_STAFF);
        assertThat(f.since()).isEqualTo(RECEIVED);
        assertThat(f.sourceId()).isEqualTo(5);
        assertThat(f.summary()).isEqualTo("吴秀兰 (990196********0021) is SIBLING of 青山镇 经办人 (TOWN_CASEWORKER, 990121101000)");

        assertThat(RelativeMatch.flags(List.of(member("h1", LocalDate.of(2015, 1, 1), null)),
                List.of(registration(5, "h1", LocalDate.of(2026, 10, 16), null, Kinship.SELF)), RECEIVED, TODAY))
                .singleElement().satisfies(g -> {
                    assertThat(g.since()).as("registered during the case").isEqualTo(LocalDate.of(2026, 10, 16));
                    assertThat(g.summary()).endsWith("themselves");
                });
        assertThat(RelativeMatch.flags(List.of(member("h1", LocalDate.of(2026, 10, 20), null)),
                List.of(registration(5, "h1", LocalDate.of(2026, 1, 5), null, Kinship.PARENT)), RECEIVED, TODAY))
                .singleElement().extracting(CaseFlag::since).as("joined during the case")
                .isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void noCommonDayNoFlag() {
        MemberIdIndex always = member("h1", LocalDate.of(2015, 1, 1), null);
        assertThat(RelativeMatch.flags(List.of(always),
                List.of(registration(5, "h1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 29), Kinship.PARENT)),
                RECEIVED, TODAY)).as("ended the day before the application").isEmpty();
        assertThat(RelativeMatch.flags(List.of(always),
                List.of(registration(5, "h1", LocalDate.of(2026, 1, 5), RECEIVED, Kinship.PARENT)), RECEIVED, TODAY))
                .as("ended on the day of the application: still in force that day").hasSize(1);
        assertThat(RelativeMatch.flags(List.of(member("h1", LocalDate.of(2015, 1, 1), LocalDate.of(2026, 9, 1))),
                List.of(registration(5, "h1", LocalDate.of(2026, 1, 5), null, Kinship.PARENT)), RECEIVED, TODAY))
                .as("left the household before the application").isEmpty();
        assertThat(RelativeMatch.flags(List.of(always),
                List.of(registration(5, "h2", LocalDate.of(2026, 1, 5), null, Kinship.PARENT)), RECEIVED, TODAY))
                .as("someone else").isEmpty();
    }

    @Test
    void oneFlagPerRegistrationEvenWhenThePersonJoinedTwice() {
        List<CaseFlag> flags = RelativeMatch.flags(
                List.of(member("h1", LocalDate.of(2015, 1, 1), LocalDate.of(2026, 10, 1)),
                        member("h1", LocalDate.of(2026, 10, 20), null)),
                List.of(registration(5, "h1", LocalDate.of(2026, 1, 5), null, Kinship.PARENT),
                        registration(6, "h1", LocalDate.of(2026, 1, 5), null, Kinship.CHILD)), RECEIVED, TODAY);
        assertThat(flags).extracting(CaseFlag::sourceId).containsExactly(5L, 6L);
        assertThat(flags).extracting(CaseFlag::since).containsOnly(RECEIVED);
    }
}
