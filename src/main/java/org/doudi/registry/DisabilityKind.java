package org.doudi.registry;

/** 残疾类别; the grade (1 most severe … 4) is kept with it. */
public enum DisabilityKind {
    PHYSICAL, VISUAL, HEARING, SPEECH, INTELLECTUAL, MENTAL, MULTIPLE
}
