package org.doudi.casework;

/**
 * The documents a 低保 application needs at the single window (the 低保 part of {@link Checklist}). Kept
 * for the callers written when only 低保 was handled; every code is also a {@link CaseDocument}.
 */
public enum DibaoDocument {
    APPLICATION_FORM("低保申请书"),
    HOUSEHOLD_REGISTER("户口簿"),
    ID_CARDS("家庭成员身份证"),
    INCOME_DECLARATION("家庭收入申报"),
    ASSET_DECLARATION("家庭财产申报"),
    VERIFICATION_CONSENT("家庭经济状况核对授权书");

    private final String title;

    DibaoDocument(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The same document among those of every programme. */
    public CaseDocument document() {
        return CaseDocument.valueOf(name());
    }
}
