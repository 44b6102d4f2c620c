package org.doudi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A county civil-affairs officer's own household visit to a case (DOMAIN.md §3.1 point 8). */
public record CountyVisit(long id, LocalDate on, List<String> visitors, String findings, String recordedBy,
                          Instant recordedAt) {

    public CountyVisit {
        visitors = List.copyOf(visitors);
    }

    /** The body of {@code POST /api/v1/cases/{id}/county-visit}: when, at least two visitors by name, what they found. */
    public record Report(LocalDate on, List<String> visitors, String findings) {
    }
}
