package org.doudi.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.doudi.registry.Residence;

/**
 * A household to assess (the body of {@code POST /api/v1/assessments}). {@code asOf} is the
 * identification date; {@code current} the programmes received now with their monthly amount;
 * {@code temporary} asks for a temporary-assistance figure.
 */
public record AssessmentRequest(String regionCode, LocalDate asOf, Residence residence, boolean exitedPoverty,
                                Map<Programme, BigDecimal> current, HouseholdAssets assets, RigidExpenses expenses,
                                TemporaryRequest temporary, List<MemberInput> members) {

    public AssessmentRequest {
        current = current == null ? Map.of() : Map.copyOf(current);
        assets = assets == null ? HouseholdAssets.NONE : assets;
        expenses = expenses == null ? RigidExpenses.NONE : expenses;
        members = List.copyOf(members);
    }

    /** 临时救助 asked for: the kind, and for an emergency its severity 1–3. */
    public record TemporaryRequest(TemporaryKind kind, Integer severity) {
    }
}
