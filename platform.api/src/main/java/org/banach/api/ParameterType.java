package org.banach.api;

/** The type of a declared solver or problem parameter. */
public enum ParameterType {
    INTEGER, REAL, BOOLEAN, STRING, CHOICE
}
