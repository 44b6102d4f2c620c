package org.doudi.assessment;

/** 法定赡养、抚养、扶养义务人: none, all unable to support, or at least one able. */
public enum Supporters {
    NONE, UNABLE, ABLE
}
