package org.doudi.monitoring;

/** A run is RUNNING until its last chunk commits; FAILED keeps its checkpoint and may be resumed. */
public enum RunState {
    RUNNING, COMPLETED, FAILED
}
