package org.doudi.registry.internal.generator;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance: one seeded stream per household. Everything here uses
 * integer arithmetic or {@link StrictMath}, so a seed gives the same figures on every JVM.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The stream of household {@code index} of a run: independent of every other household. */
    static Dice forHousehold(long runSeed, long index) {
        return new Dice(mix(runSeed ^ mix(index + 0x632BE59BD9B4E019L)));
    }

    /** SplitMix64's finaliser: spreads nearby inputs (seeds 1, 2, 3 …) over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Uniform in [lo, hi], both included. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** Between lo and hi, more often near lo (for ages of the old, sizes of fortunes …). */
    int skewedLow(int lo, int hi) {
        double u = random.nextDouble();
        return lo + (int) ((hi - lo + 1) * u * u);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    /** Index into {@code weights} with probability proportional to its weight. */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    /**
     * Whole yuan around a median, log-normally spread (most near the median, a long tail above),
     * clamped to [lo, hi] and rounded to {@code step} yuan.
     */
    BigDecimal yuan(int median, double spread, int lo, int hi, int step) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        double gaussian = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
        long value = Math.round(median * StrictMath.exp(spread * gaussian) / step) * step;
        value = Math.max(lo, Math.min(hi, value));
        return BigDecimal.valueOf(value).setScale(2);
    }

    /** Whole yuan, uniform in [lo, hi], rounded to {@code step}. */
    BigDecimal yuanBetween(int lo, int hi, int step) {
        long value = (long) between(lo / step, hi / step) * step;
        return BigDecimal.valueOf(value).setScale(2);
    }
}
