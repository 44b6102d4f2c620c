package org.doudi.payment.internal;

import java.util.List;

/** The programmes a payroll pays: those whose benefits are money paid to people (not statuses or monitoring). */
final class Programmes {

    static final List<String> PAID = List.of("DIBAO", "TEKUN", "ORPHAN", "UNSUPPORTED_CHILD", "DISABILITY_LIVING",
            "DISABILITY_CARE", "TEMPORARY", "MEDICAL");

    private Programmes() {
    }
}
