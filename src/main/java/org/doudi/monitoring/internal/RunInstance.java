package org.doudi.monitoring.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** This process, as the owner of the runs it works on: a run owned by a process that is gone can be taken over. */
@Component
class RunInstance {

    private final String id = UUID.randomUUID().toString();

    String id() {
        return id;
    }
}
