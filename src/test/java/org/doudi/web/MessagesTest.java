package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.doudi.assessment.MonitoringType;
import org.doudi.assessment.Programme;
import org.doudi.assessment.Reason;
import org.doudi.assessment.Schooling;
import org.doudi.assessment.Status;
import org.doudi.assessment.SupportMode;
import org.doudi.assessment.Supporters;
import org.doudi.assessment.TemporaryKind;
import org.doudi.policy.ParameterChange;
import org.doudi.policy.ParameterDefinition;
import org.doudi.policy.ParameterFile;
import org.doudi.registry.AssetKind;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.ExpenseKind;
import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.IncomeType;
import org.doudi.registry.PersonFactKind;
import org.doudi.registry.PovertyCause;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.registry.Sex;
import org.doudi.shared.security.Role;
import org.junit.jupiter.api.Test;

/** Every text exists in Chinese and in English, and every code the pages show has a name in both. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameTexts() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void everyCodeShownOnThePagesHasANameInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Role r : Role.values()) {
            keys.add("role." + r.name());
        }
        addAll(keys, "category.", HouseholdCategory.values());
        addAll(keys, "cause.", PovertyCause.values());
        addAll(keys, "residence.", Residence.values());
        addAll(keys, "relation.", Relation.values());
        addAll(keys, "sex.", Sex.values());
        addAll(keys, "incomeType.", IncomeType.values());
        addAll(keys, "disability.", DisabilityKind.values());
        addAll(keys, "asset.", AssetKind.values());
        addAll(keys, "expense.", ExpenseKind.values());
        addAll(keys, "reason.", Reason.values());
        addAll(keys, "programme.", Programme.values());
        addAll(keys, "status.", Status.values());
        addAll(keys, "monitoringType.", MonitoringType.values());
        addAll(keys, "temporaryKind.", TemporaryKind.values());
        addAll(keys, "fact.SCHOOLING.", Schooling.values());
        addAll(keys, "fact.SUPPORTERS.", Supporters.values());
        addAll(keys, "fact.SUPPORT_MODE.", SupportMode.values());
        addAll(keys, "changeStatus.", ParameterChange.Status.values());
        addAll(keys, "caseState.", org.doudi.casework.CaseState.values());
        addAll(keys, "caseAction.", org.doudi.casework.CaseAction.values());
        addAll(keys, "document.", org.doudi.casework.CaseDocument.values());
        addAll(keys, "channel.", org.doudi.casework.Channel.values());
        addAll(keys, "deciderLevel.", org.doudi.casework.DeciderLevel.values());
        addAll(keys, "caseFlag.", org.doudi.casework.CaseFlagKind.values());
        addAll(keys, "medicalStatus.", org.doudi.assessment.MedicalStatus.values());
        addAll(keys, "appraisalConclusion.", org.doudi.casework.CaseBodies.AppraisalConclusion.values());
        addAll(keys, "verificationResult.", org.doudi.casework.CaseBodies.VerificationResult.values());
        addAll(keys, "outcome.", org.doudi.casework.Outcome.values());
        addAll(keys, "recommendation.", org.doudi.casework.Outcome.values());
        addAll(keys, "importStatus.", org.doudi.exchange.ImportStatus.values());
        addAll(keys, "importMode.", org.doudi.exchange.ImportMode.values());
        addAll(keys, "feeds.stage.", org.doudi.exchange.FeedImports.Phase.values());
        for (org.doudi.assessment.Programme p : org.doudi.assessment.Programme.values()) {
            if (org.doudi.casework.ProcedureFamily.appliedFor(p)) {
                keys.add("intake.short." + p.name());
            }
        }
        for (PersonFactKind kind : PersonFactKind.values()) {
            keys.add("fact." + kind.name());
            kind.acceptedValues().forEach(v -> keys.add("fact." + kind.name() + "." + v));
        }
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    @Test
    void everyParameterOfTheDemoSetHasANameItsGroupAndItsUnitInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/policy/demo-parameters.yaml")) {
            for (ParameterDefinition d : ParameterFile.read(in).definitions()) {
                keys.add("parameter." + d.name());
                keys.add("parameterGroup." + d.name().substring(0, d.name().indexOf('.')));
                String unit = "unit." + d.unit().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
                keys.add(unit + ".name");
                if (!d.unit().equals("rate") && !d.unit().equals("boolean")) {
                    keys.add(unit); // "{0} 元/人·月"
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(100);
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    private static void addAll(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            keys.add(prefix + v.name());
        }
    }
}
