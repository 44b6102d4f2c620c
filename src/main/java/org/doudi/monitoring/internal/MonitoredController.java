package org.doudi.monitoring.internal;

import java.time.LocalDate;

import org.doudi.monitoring.IdentificationState;
import org.doudi.monitoring.MonitoredHouseholds;
import org.doudi.monitoring.MonitoringBodies;
import org.doudi.monitoring.MonitoringViews;
import org.doudi.monitoring.Paged;
import org.doudi.monitoring.RiskElimination;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitored households over HTTP: the identification procedure (one POST per step with the record's version),
 * the publicity sheet, helpers, measures, risk elimination and the quarterly comparison.
 */
@RestController
@RequestMapping("/api/v1/monitored-households")
class MonitoredController {

    private final MonitoredHouseholds monitored;

    MonitoredController(MonitoredHouseholds monitored) {
        this.monitored = monitored;
    }

    /** Open records first by due date; {@code overdue=true}: identifications past their 15 days. */
    @GetMapping
    Paged<MonitoringViews.Summary> list(@RequestParam(required = false) IdentificationState state,
                                        @RequestParam(required = false) Boolean overdue,
                                        @RequestParam(required = false) Long householdId,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        return monitored.list(state, overdue, householdId, page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MonitoringViews.Monitored start(@RequestBody MonitoringBodies.Lead body) {
        return monitored.start(body);
    }

    @GetMapping("/{id}")
    MonitoringViews.Monitored get(@PathVariable long id) {
        return monitored.get(id);
    }

    @PostMapping("/{id}/authorisation")
    MonitoringViews.Monitored authorise(@PathVariable long id, @RequestBody MonitoringBodies.Authorisation body) {
        return monitored.authorise(id, body);
    }

    @PostMapping("/{id}/appraisal")
    MonitoringViews.Monitored appraise(@PathVariable long id, @RequestBody MonitoringBodies.Opinion body) {
        return monitored.appraise(id, body);
    }

    @PostMapping("/{id}/publicity")
    MonitoringViews.Monitored publicise(@PathVariable long id, @RequestBody MonitoringBodies.Publicity body) {
        return monitored.publicise(id, body);
    }

    /** What the village posts: never an ID number, a phone number, a bank account or anything about health. */
    @GetMapping("/{id}/publicity-sheet")
    MonitoringViews.PublicitySheet publicitySheet(@PathVariable long id) {
        return monitored.publicitySheet(id);
    }

    @PostMapping("/{id}/town-review")
    MonitoringViews.Monitored review(@PathVariable long id, @RequestBody MonitoringBodies.Opinion body) {
        return monitored.review(id, body);
    }

    @PostMapping("/{id}/confirmation")
    MonitoringViews.Monitored confirm(@PathVariable long id, @RequestBody MonitoringBodies.Confirmation body) {
        return monitored.confirm(id, body);
    }

    @PostMapping("/{id}/helper")
    MonitoringViews.Monitored reassign(@PathVariable long id, @RequestBody MonitoringBodies.Reassignment body) {
        return monitored.reassignHelper(id, body);
    }

    @PostMapping("/{id}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    MonitoringViews.Monitored addMeasure(@PathVariable long id, @RequestBody MonitoringBodies.NewMeasure body) {
        return monitored.addMeasure(id, body);
    }

    @PostMapping("/{id}/measures/{measureId}/result")
    MonitoringViews.Monitored measureResult(@PathVariable long id, @PathVariable long measureId,
                                            @RequestBody MonitoringBodies.MeasureResult body) {
        return monitored.recordMeasureResult(id, measureId, body);
    }

    /** The conditions of risk elimination on a day (default today), each met or not; the declared ones unmet. */
    @GetMapping("/{id}/risk-elimination")
    RiskElimination.Check checkElimination(@PathVariable long id, @RequestParam(required = false) LocalDate on) {
        return monitored.checkElimination(id, on);
    }

    @PostMapping("/{id}/risk-elimination")
    MonitoringViews.Monitored eliminate(@PathVariable long id, @RequestBody MonitoringBodies.Elimination body) {
        return monitored.eliminateRisk(id, body);
    }

    @GetMapping("/helpers")
    Paged<MonitoringViews.Helper> helpers(@RequestParam(defaultValue = "false") boolean includeLeft,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size) {
        return monitored.helpers(includeLeft, page, size);
    }

    @PostMapping("/helpers")
    @ResponseStatus(HttpStatus.CREATED)
    MonitoringViews.Helper addHelper(@RequestBody MonitoringBodies.NewHelper body) {
        return monitored.addHelper(body);
    }

    /** A helper leaves: every household they help goes to the replacement in the same transaction. */
    @PostMapping("/helpers/{helperId}/leave")
    MonitoringViews.HelperLeft helperLeaves(@PathVariable long helperId, @RequestBody MonitoringBodies.Leaving body) {
        return monitored.helperLeaves(helperId, body);
    }

    /** Civil affairs' low-income households against the monitored ones, for a quarter such as 2026-Q3. */
    @GetMapping("/comparison")
    MonitoringViews.Comparison comparison(@RequestParam String quarter,
                                          @RequestParam(required = false) String regionCode,
                                          @RequestParam(required = false) String side,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size) {
        return monitored.comparison(quarter, regionCode, side, page, size);
    }
}
