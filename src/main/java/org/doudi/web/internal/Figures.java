package org.doudi.web.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** How numbers and months read on the pages: whole yuan without decimals, anything else to the fen. */
final class Figures {

    private Figures() {
    }

    /** 984 → "984", 164.000 → "164", 1026.67 → "1026.67", 1026.7 → "1026.70". */
    static String money(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
        return value.compareTo(whole) == 0 ? whole.toPlainString() : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** 0.20 → "20%", 0.035 → "3.5%". */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** 2025-11 → "2025年11月" / "November 2025", by the pattern {@code format.yearMonth} of the language. */
    static String month(YearMonth month, MessageSource messages, Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage("format.yearMonth", null, locale), locale).format(month);
    }
}
