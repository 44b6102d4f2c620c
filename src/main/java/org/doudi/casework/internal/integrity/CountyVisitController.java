package org.doudi.casework.internal.integrity;

import org.doudi.casework.CaseViews;
import org.doudi.casework.CountyVisit;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/cases/{id}/county-visit}: answers the case, its special attention updated. */
@RestController
class CountyVisitController {

    private final CountyVisitService visits;

    CountyVisitController(CountyVisitService visits) {
        this.visits = visits;
    }

    @PostMapping("/api/v1/cases/{id}/county-visit")
    CaseViews.Case record(@PathVariable long id, @RequestBody CountyVisit.Report body) {
        return visits.record(id, body);
    }
}
