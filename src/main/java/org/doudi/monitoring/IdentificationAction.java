package org.doudi.monitoring;

/** The steps of a monitored household's record; {@link #path()} is its URL word under the household's record. */
public enum IdentificationAction {
    LEAD("lead"),
    AUTHORISATION("authorisation"),
    APPRAISAL("appraisal"),
    PUBLICITY("publicity"),
    TOWN_REVIEW("town-review"),
    CONFIRMATION("confirmation"),
    RISK_ELIMINATION("risk-elimination");

    private final String path;

    IdentificationAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
