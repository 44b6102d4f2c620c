package org.doudi.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.doudi.registry.DisabilityKind;

/**
 * What one source knows about a registered person ({@code personId}) or about a household as a whole
 * ({@code personId} null: assets registered to the household), as the screening's household view reads it.
 * Every field is optional (null, or 0 for counts): a source fills what it knows.
 *
 * @param source             where the facts come from, e.g. {@code registry} or {@code exchange:deaths}
 * @param diedOn             date of death (deaths and cremations)
 * @param medicalOutOfPocket in-policy medical spending left to the person over the twelve months before the
 *                           month of the screening (medical-insurance settlements), yuan
 * @param disabilityGrade    the most severe disability certificate in force (1 most severe), its kind and the
 *                           day it was issued (disabled persons' federation)
 * @param unemployedSince    registered unemployed since (human resources)
 * @param nonExemptVehicles  vehicles other than disability vehicles, two-wheel motorcycles and farm machinery
 * @param businesses         registered businesses (市场主体), with their total registered capital
 * @param extraDwellings     dwellings beyond the one lived in (real estate)
 * @param disasterOn         listed as a disaster victim on (emergency management)
 * @param droppedOutOn       left compulsory schooling on (education)
 */
public record FeedFacts(long householdId, Long personId, String source, LocalDate diedOn,
                        BigDecimal medicalOutOfPocket, Integer disabilityGrade, DisabilityKind disabilityKind,
                        LocalDate disabilitySince, LocalDate unemployedSince, int nonExemptVehicles, int businesses,
                        BigDecimal businessCapital, int extraDwellings, LocalDate disasterOn, LocalDate droppedOutOn) {

    /** Nothing known yet about the person (or the household, with {@code personId} null). */
    public static FeedFacts none(long householdId, Long personId, String source) {
        return new FeedFacts(householdId, personId, source, null, null, null, null, null, null, 0, 0, null, 0, null,
                null);
    }

    public FeedFacts withDiedOn(LocalDate date) {
        return new FeedFacts(householdId, personId, source, date, medicalOutOfPocket, disabilityGrade, disabilityKind,
                disabilitySince, unemployedSince, nonExemptVehicles, businesses, businessCapital, extraDwellings,
                disasterOn, droppedOutOn);
    }

    public FeedFacts withMedicalOutOfPocket(BigDecimal yuan) {
        return new FeedFacts(householdId, personId, source, diedOn, yuan, disabilityGrade, disabilityKind,
                disabilitySince, unemployedSince, nonExemptVehicles, businesses, businessCapital, extraDwellings,
                disasterOn, droppedOutOn);
    }

    public FeedFacts withDisability(int grade, DisabilityKind kind, LocalDate since) {
        return new FeedFacts(householdId, personId, source, diedOn, medicalOutOfPocket, grade, kind, since,
                unemployedSince, nonExemptVehicles, businesses, businessCapital, extraDwellings, disasterOn,
                droppedOutOn);
    }

    public FeedFacts withUnemployedSince(LocalDate date) {
        return new FeedFacts(householdId, personId, source, diedOn, medicalOutOfPocket, disabilityGrade, disabilityKind,
                disabilitySince, date, nonExemptVehicles, businesses, businessCapital, extraDwellings, disasterOn,
                droppedOutOn);
    }

    public FeedFacts withAssets(int vehicles, int businessCount, BigDecimal capital, int dwellings) {
        return new FeedFacts(householdId, personId, source, diedOn, medicalOutOfPocket, disabilityGrade, disabilityKind,
                disabilitySince, unemployedSince, vehicles, businessCount, capital, dwellings, disasterOn, droppedOutOn);
    }

    public FeedFacts withDisasterOn(LocalDate date) {
        return new FeedFacts(householdId, personId, source, diedOn, medicalOutOfPocket, disabilityGrade, disabilityKind,
                disabilitySince, unemployedSince, nonExemptVehicles, businesses, businessCapital, extraDwellings, date,
                droppedOutOn);
    }

    public FeedFacts withDroppedOutOn(LocalDate date) {
        return new FeedFacts(householdId, personId, source, diedOn, medicalOutOfPocket, disabilityGrade, disabilityKind,
                disabilitySince, unemployedSince, nonExemptVehicles, businesses, businessCapital, extraDwellings,
                disasterOn, date);
    }
}
