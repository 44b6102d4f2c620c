package org.doudi.casework.internal.integrity;

import org.doudi.casework.Grievances;
import org.doudi.casework.Grievances.Kind;
import org.doudi.casework.Grievances.State;
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
 * Complaints ({@code /api/v1/complaints}) and appeals ({@code /api/v1/appeals}) over HTTP: two resources
 * with the same life — record, list (region-scoped, overdue ones flagged), read, assign, answer, close —
 * each action carrying the item's {@code version}.
 */
final class GrievanceControllers {

    private GrievanceControllers() {
    }

    @RestController
    @RequestMapping("/api/v1/complaints")
    static class ComplaintController {

        private final Grievances grievances;

        ComplaintController(Grievances grievances) {
            this.grievances = grievances;
        }

        @PostMapping
        @ResponseStatus(HttpStatus.CREATED)
        Grievances.Grievance record(@RequestBody Grievances.NewComplaint body) {
            return grievances.complain(body);
        }

        /** Ordered by due date; {@code overdue=true}: unanswered past it; {@code mine=true}: assigned to me. */
        @GetMapping
        Grievances.GrievancePage list(@RequestParam(required = false) State state,
                                      @RequestParam(required = false) Boolean overdue,
                                      @RequestParam(required = false) Long caseId,
                                      @RequestParam(required = false) Boolean mine,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
            return grievances.list(Kind.COMPLAINT, state, overdue, caseId, mine, page, size);
        }

        @GetMapping("/{id}")
        Grievances.Grievance get(@PathVariable long id) {
            return grievances.get(Kind.COMPLAINT, id);
        }

        @PostMapping("/{id}/assign")
        Grievances.Grievance assign(@PathVariable long id, @RequestBody Grievances.Assignment body) {
            return grievances.assign(Kind.COMPLAINT, id, body);
        }

        @PostMapping("/{id}/answer")
        Grievances.Grievance answer(@PathVariable long id, @RequestBody Grievances.Answer body) {
            return grievances.answer(Kind.COMPLAINT, id, body);
        }

        @PostMapping("/{id}/close")
        Grievances.Grievance close(@PathVariable long id, @RequestBody Grievances.Closing body) {
            return grievances.close(Kind.COMPLAINT, id, body);
        }
    }

    @RestController
    @RequestMapping("/api/v1/appeals")
    static class AppealController {

        private final Grievances grievances;

        AppealController(Grievances grievances) {
            this.grievances = grievances;
        }

        @PostMapping
        @ResponseStatus(HttpStatus.CREATED)
        Grievances.Grievance record(@RequestBody Grievances.NewAppeal body) {
            return grievances.appeal(body);
        }

        @GetMapping
        Grievances.GrievancePage list(@RequestParam(required = false) State state,
                                      @RequestParam(required = false) Boolean overdue,
                                      @RequestParam(required = false) Long caseId,
                                      @RequestParam(required = false) Boolean mine,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
            return grievances.list(Kind.APPEAL, state, overdue, caseId, mine, page, size);
        }

        @GetMapping("/{id}")
        Grievances.Grievance get(@PathVariable long id) {
            return grievances.get(Kind.APPEAL, id);
        }

        @PostMapping("/{id}/assign")
        Grievances.Grievance assign(@PathVariable long id, @RequestBody Grievances.Assignment body) {
            return grievances.assign(Kind.APPEAL, id, body);
        }

        @PostMapping("/{id}/answer")
        Grievances.Grievance answer(@PathVariable long id, @RequestBody Grievances.Answer body) {
            return grievances.answer(Kind.APPEAL, id, body);
        }

        @PostMapping("/{id}/close")
        Grievances.Grievance close(@PathVariable long id, @RequestBody Grievances.Closing body) {
            return grievances.close(Kind.APPEAL, id, body);
        }
    }
}
