package org.doudi.registry;

/** Rigid spending out of pocket (刚性支出). */
public enum ExpenseKind {
    MEDICAL, EDUCATION, REHABILITATION
}
