package org.doudi.casework;

/** What the town recommends, and what the decider decides. */
public enum Outcome {
    APPROVE, REFUSE
}
