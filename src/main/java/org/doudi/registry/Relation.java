package org.doudi.registry;

/** A member's relation to the head of the household (户主). */
public enum Relation {
    HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, GRANDPARENT, OTHER
}
