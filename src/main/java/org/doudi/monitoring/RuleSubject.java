package org.doudi.monitoring;

/**
 * What a rule is evaluated for: once per household, or once per member (the expression then also sees
 * {@code member}, and each matching member gets a warning of their own).
 */
public enum RuleSubject {
    HOUSEHOLD, MEMBER
}
