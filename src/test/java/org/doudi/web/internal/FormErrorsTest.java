package org.doudi.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.doudi.shared.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormErrorsTest {

    private static final FormErrors.Fields FIELDS = FormErrors.Fields.of(
            Set.of("village", "address", "categories", "headName", "headIdNumber"),
            Map.of("regionCode", "village", "members", "headName", "members[0]", "headIdNumber",
                    "members[0].name", "headName", "members[0].idNumber", "headIdNumber"));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @Test
    void theRegistrysPathsLandOnThePagesFields() {
        assertThat(FIELDS.fieldFor("regionCode")).isEqualTo("village");
        assertThat(FIELDS.fieldFor("members[0].idNumber")).isEqualTo("headIdNumber");
        assertThat(FIELDS.fieldFor("members[0].name")).isEqualTo("headName");
        assertThat(FIELDS.fieldFor("members[0].birthDate")).isEqualTo("headIdNumber");
        assertThat(FIELDS.fieldFor("members")).isEqualTo("headName");
        assertThat(FIELDS.fieldFor("categories[2]")).isEqualTo("categories");
        assertThat(FIELDS.fieldFor("address")).isEqualTo("address");
        assertThat(FIELDS.fieldFor("version")).isNull();
        assertThat(FIELDS.fieldFor("membersOfSomethingElse")).isNull();
    }

    @Test
    void aMissingValueAsksForItAndAnyOtherProblemKeepsTheRegistrysReason() {
        FormErrors errors = FormErrors.of(List.of(
                new FieldProblem("address", "is required"),
                new FieldProblem("members[0].idNumber", "has a wrong check digit: a character is mistyped")),
                FIELDS, messages(), Locale.SIMPLIFIED_CHINESE);
        assertThat(errors.on("address").text()).isEqualTo("请填写地址");
        assertThat(errors.on("address").reason()).isNull();
        assertThat(errors.on("headIdNumber").text()).isEqualTo("请检查户主身份证号");
        assertThat(errors.on("headIdNumber").reason()).isEqualTo("has a wrong check digit: a character is mistyped");
        assertThat(errors.on("headIdNumber").anchor()).isEqualTo("headIdNumber");
        assertThat(errors.has("village")).isFalse();
    }

    @Test
    void theWordsFollowTheLanguageOfThePage() {
        FormErrors errors = FormErrors.of(List.of(new FieldProblem("address", "is required")), FIELDS, messages(),
                Locale.ENGLISH);
        assertThat(errors.on("address").text()).isEqualTo("Enter the address");
    }

    @Test
    void aProblemWithNoFieldOnThePageIsStillListedAndLinksToTheForm() {
        FormErrors errors = FormErrors.of(List.of(new FieldProblem("version", "is required")), FIELDS, messages(),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(errors.getAll()).singleElement().satisfies(p -> {
            assertThat(p.field()).isNull();
            assertThat(p.anchor()).isEqualTo("form");
            assertThat(p.reason()).isEqualTo("version is required");
        });
    }

    @Test
    void eachFieldShowsOnlyItsFirstProblem() {
        FormErrors errors = FormErrors.of(List.of(
                new FieldProblem("categories[0]", "is not a category: X"),
                new FieldProblem("categories[1]", "is not a category: Y")), FIELDS, messages(), Locale.ENGLISH);
        assertThat(errors.getAll()).hasSize(1);
        assertThat(errors.on("categories").reason()).isEqualTo("is not a category: X");
    }

    @Test
    void aFieldOfARepeatedRowIsNamedWithItsRowsCountedFromOne() {
        assertThat(FormErrors.label("members[1].incomes[0].from", messages(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("成员 2 第 1 项收入的起始月份");
        assertThat(FormErrors.label("members[1].incomes[0].from", messages(), Locale.ENGLISH))
                .isEqualTo("the first month of income 1 of member 2");
        assertThat(FormErrors.label("address", messages(), Locale.SIMPLIFIED_CHINESE)).isEqualTo("地址");
    }
}
