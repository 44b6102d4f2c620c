package org.doudi.assessment;

/** 急难型 or 支出型 temporary assistance. */
public enum TemporaryKind {
    EMERGENCY, EXPENDITURE
}
