package org.doudi.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a funding rule of the seed plan gives for the figures entered: each share with its amount, the total, and
 * the parameters used (with the region and date of the entry that supplied each), so the figure can be explained.
 */
public record FundingCalculation(String rule, String regionCode, int year, Map<String, String> inputs,
                                 List<Share> shares, BigDecimal total, List<ParameterUsed> parameters) {

    public FundingCalculation {
        inputs = Map.copyOf(inputs);
        shares = List.copyOf(shares);
        parameters = List.copyOf(parameters);
    }

    /** A named part of the total, e.g. {@code city} 25,000.00. */
    public record Share(String name, BigDecimal amount) {
    }

    public record ParameterUsed(String name, String value, String regionCode, LocalDate since) {
    }
}
