package org.doudi.registry;

/** 城镇 or 农村: which standard and which programmes (monitoring is rural only) apply to the household. */
public enum Residence {
    RURAL, URBAN
}
