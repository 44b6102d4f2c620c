package org.doudi.monitoring;

/** How urgent a warning is; the inbox lists the most severe first. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
