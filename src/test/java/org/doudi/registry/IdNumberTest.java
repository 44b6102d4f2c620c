package org.doudi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theStandardsOwnExamplesAreValid() {
        IdNumber withX = IdNumber.parse("11010519491231002X", TODAY);
        assertThat(withX.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(withX.sex()).isEqualTo(Sex.FEMALE);
        assertThat(withX.regionOfIssue()).isEqualTo("110105");

        IdNumber withDigit = IdNumber.parse("440524188001010014", TODAY);
        assertThat(withDigit.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(withDigit.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void theCheckDigitFollowsIso7064Mod11Dash2() {
        assertThat(IdNumber.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkDigit("44052418800101001")).isEqualTo('4');
        // weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; the weighted sum of 99012119580402001 is 282; 282 mod 11 = 7, and position 7 of 1 0 X 9 8 7 6 5 4 3 2 is '5'
        assertThat(IdNumber.checkDigit("99012119580402001")).isEqualTo('5');
    }

    @Test
    void aComposedNumberCarriesItsBirthDateAndSexAndIsValid() {
        IdNumber man = IdNumber.compose("990121", LocalDate.of(1958, 4, 2), 1);
        assertThat(man.value()).isEqualTo("990121195804020015");
        assertThat(man.sex()).isEqualTo(Sex.MALE);
        assertThat(man.birthDate()).isEqualTo(LocalDate.of(1958, 4, 2));
        IdNumber woman = IdNumber.compose("990121", LocalDate.of(2010, 2, 28), 998);
        assertThat(woman.sex()).isEqualTo(Sex.FEMALE);
        assertThat(IdNumber.parse(woman.value(), TODAY)).isEqualTo(woman);
    }

    @Test
    void aLowerCaseXAndSurroundingSpacesAreAccepted() {
        assertThat(IdNumber.parse("  11010519491231002x ", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aNumberOfTheWrongLengthIsRefusedForItsLength() {
        assertThat(IdNumber.problem("1101051949123100", TODAY)).contains("must have 18 characters, not 16");
        assertThat(IdNumber.problem("", TODAY)).contains("is required");
        assertThat(IdNumber.problem(null, TODAY)).contains("is required");
    }

    @Test
    void lettersOtherThanAFinalXAreRefusedForTheirCharacters() {
        assertThat(IdNumber.problem("11010519491231A02X", TODAY)).contains("must be 17 digits followed by a digit or X");
        assertThat(IdNumber.problem("11010519491231002Y", TODAY)).contains("must be 17 digits followed by a digit or X");
        assertThat(IdNumber.problem("X10105194912310021", TODAY)).contains("must be 17 digits followed by a digit or X");
    }

    @Test
    void aBirthDateThatIsNotOnTheCalendarIsRefused() {
        String first17 = "99012119590229001"; // 1959 is not a leap year
        assertThat(IdNumber.problem(first17 + IdNumber.checkDigit(first17), TODAY))
                .contains("encodes the birth date 19590229, which is not a date");
        String month13 = "99012119581302001";
        assertThat(IdNumber.problem(month13 + IdNumber.checkDigit(month13), TODAY))
                .contains("encodes the birth date 19581302, which is not a date");
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        IdNumber tomorrow = IdNumber.compose("990121", TODAY.plusDays(1), 3);
        assertThat(IdNumber.problem(tomorrow.value(), TODAY)).contains("encodes a birth date in the future (2026-11-23)");
        assertThat(IdNumber.problem(tomorrow.value(), TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void anImplausiblyEarlyBirthYearIsRefused() {
        String first17 = "99012107580402001";
        assertThat(IdNumber.problem(first17 + IdNumber.checkDigit(first17), TODAY))
                .hasValueSatisfying(m -> assertThat(m).startsWith("encodes the birth date 07580402"));
    }

    @Test
    void aMistypedDigitIsCaughtByTheCheckDigit() {
        assertThat(IdNumber.problem("110105194912310021", TODAY))
                .contains("has a wrong check digit: a character is mistyped");
        // the 16th and 17th digits swapped
        assertThat(IdNumber.problem("11010519491231020X", TODAY))
                .contains("has a wrong check digit: a character is mistyped");
    }

    @Test
    void aValueOfTheTypeIsAlwaysWellFormed() {
        assertThatThrownBy(() -> new IdNumber("110105194912310021"))
                .isInstanceOf(IdNumber.InvalidIdNumber.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void printingANumberDoesNotShowItWhole() {
        assertThat(IdNumber.parse("11010519491231002X", TODAY).toString()).isEqualTo("110105********002X");
    }
}
