package org.doudi.policy;

import java.time.LocalDate;

/** One dated value of a parameter for one region: in force from {@code since} until a later entry. */
public record ParameterEntry(String name, String regionCode, LocalDate since, String value) {
}
