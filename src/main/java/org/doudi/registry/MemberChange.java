package org.doudi.registry;

/**
 * New values of a member's own fields. {@code version} is the member's version the change was based
 * on (409 when it changed since). {@code bankAccount} null keeps the stored account (clients only see
 * it masked), blank removes it. {@code diedOn} {@code yyyy-MM-dd} or null.
 */
public record MemberChange(Integer version, String name, String relation, String bankName, String bankAccount,
                           String diedOn) {
}
