package org.doudi.assessment;

/** 分散供养 (at home) or 集中供养 (in an institution), for 特困 and orphans. */
public enum SupportMode {
    DISPERSED, CENTRALISED
}
