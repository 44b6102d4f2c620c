package org.doudi.registry;

/** As encoded in the 17th digit of the ID number (odd: male, even: female); stored as {@code M} / {@code F}. */
public enum Sex {
    MALE("M"), FEMALE("F");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Sex ofCode(String code) {
        for (Sex s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sex code " + code);
    }
}
