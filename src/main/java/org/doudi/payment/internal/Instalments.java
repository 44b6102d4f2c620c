package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which recovery takes how much from which line of a payroll: at most one instalment per recovery and month,
 * taken from a payment of the same benefit when there is one, else from another payment of the household in the
 * payroll; never more than the instalment decided (all that is outstanding when none was), never more than the
 * payment can give after earlier recoveries took their part. Older recoveries first.
 */
final class Instalments {

    /** A recovery with something left to take; {@code instalment} null = all at once. */
    record Open(long id, long householdId, long benefitId, BigDecimal outstanding, BigDecimal instalment) {
    }

    /** A payment of the payroll a recovery may take from, with what it carries now. */
    record Payment(long lineId, long householdId, long benefitId, BigDecimal gross, BigDecimal deducted) {
    }

    record Deduction(long recoveryId, long lineId, BigDecimal amount) {
    }

    private Instalments() {
    }

    static List<Deduction> plan(List<Open> recoveries, List<Payment> payments) {
        Map<Long, BigDecimal> left = new HashMap<>();
        Map<Long, List<Payment>> byHousehold = new HashMap<>();
        for (Payment p : payments) {
            left.put(p.lineId(), p.gross().subtract(p.deducted()));
            byHousehold.computeIfAbsent(p.householdId(), k -> new ArrayList<>()).add(p);
        }
        List<Deduction> plan = new ArrayList<>();
        recoveries.stream().sorted(Comparator.comparingLong(Open::id)).forEach(r -> {
            BigDecimal want = r.instalment() == null ? r.outstanding() : r.instalment().min(r.outstanding());
            if (want.signum() <= 0) {
                return;
            }
            Payment from = byHousehold.getOrDefault(r.householdId(), List.of()).stream()
                    .filter(p -> left.get(p.lineId()).signum() > 0)
                    .min(Comparator.comparing((Payment p) -> p.benefitId() != r.benefitId())
                            .thenComparing(p -> left.get(p.lineId()), Comparator.reverseOrder())
                            .thenComparingLong(Payment::lineId))
                    .orElse(null);
            if (from == null) {
                return;
            }
            BigDecimal take = want.min(left.get(from.lineId()));
            left.merge(from.lineId(), take.negate(), BigDecimal::add);
            plan.add(new Deduction(r.id(), from.lineId(), take));
        });
        return plan;
    }
}
