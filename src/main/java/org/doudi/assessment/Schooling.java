package org.doudi.assessment;

public enum Schooling {
    NONE, COMPULSORY, HIGH_SCHOOL, VOCATIONAL, UNIVERSITY
}
