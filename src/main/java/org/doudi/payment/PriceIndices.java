package org.doudi.payment;

import java.util.List;

/**
 * Monthly consumer price indices per city, which trigger the price subsidy (价格临时补贴, DOMAIN.md §2.9). Entered
 * one month at a time or imported from a CSV file (docs/payments/price-index.md) by a county officer of a county
 * of the city, or an administrator whose region contains it; readable by everyone. Audited.
 */
public interface PriceIndices {

    boolean mayRecord();

    /** Records (or corrects) one month. */
    PriceIndex record(PriceIndexEntry entry);

    /** All months or nothing: a bad row is a 400 naming its line. */
    Imported importCsv(byte[] content);

    record Imported(int rows, int added, int replaced) {
    }

    /** The months of a city, newest first; {@code year} may be null for all. */
    List<PriceIndex> list(String cityCode, Integer year);
}
