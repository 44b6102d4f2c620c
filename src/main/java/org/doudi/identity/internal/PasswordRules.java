package org.doudi.identity.internal;

import org.doudi.shared.web.InvalidInputException;

/** A password must be long enough and mix letters and digits; nothing more clever than that. */
final class PasswordRules {

    static final int MIN_LENGTH = 10;

    private PasswordRules() {
    }

    static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new InvalidInputException(field, "must contain letters and digits");
        }
    }
}
