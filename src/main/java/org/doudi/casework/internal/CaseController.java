package org.doudi.casework.internal;

import org.doudi.casework.CaseBodies;
import org.doudi.casework.CaseViews;

import org.doudi.casework.CaseState;
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
 * 低保 applications over HTTP: create, read (with the timeline), list, and one POST per step of the
 * procedure. Every action answers the case as it is after the step.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseViews.Case create(@RequestBody CaseBodies.NewCase body) {
        return cases.create(body);
    }

    /** Ordered by due date; {@code overdue=true}: only cases whose due date has passed. */
    @GetMapping
    CaseViews.CasePage list(@RequestParam(required = false) CaseState state,
                            @RequestParam(required = false) Boolean overdue,
                            @RequestParam(required = false) Long householdId,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return cases.list(state, overdue, householdId, page, size);
    }

    @GetMapping("/{id}")
    CaseViews.Case get(@PathVariable long id) {
        return cases.get(id);
    }

    @GetMapping("/{id}/publicity-sheet")
    CaseViews.PublicitySheet publicitySheet(@PathVariable long id) {
        return cases.publicitySheet(id);
    }

    @PostMapping("/{id}/documents")
    CaseViews.Case documents(@PathVariable long id, @RequestBody CaseBodies.Documents body) {
        return cases.documents(id, body);
    }

    @PostMapping("/{id}/investigation")
    CaseViews.Case investigation(@PathVariable long id, @RequestBody CaseBodies.Investigation body) {
        return cases.investigation(id, body);
    }

    @PostMapping("/{id}/verification")
    CaseViews.Case verification(@PathVariable long id, @RequestBody CaseBodies.Verification body) {
        return cases.verification(id, body);
    }

    @PostMapping("/{id}/assessment")
    CaseViews.Case assessment(@PathVariable long id, @RequestBody CaseBodies.Assessment body) {
        return cases.assessment(id, body);
    }

    @PostMapping("/{id}/town-opinion")
    CaseViews.Case townOpinion(@PathVariable long id, @RequestBody CaseBodies.TownOpinion body) {
        return cases.townOpinion(id, body);
    }

    @PostMapping("/{id}/publicity")
    CaseViews.Case publicity(@PathVariable long id, @RequestBody CaseBodies.Publicity body) {
        return cases.publicity(id, body);
    }

    @PostMapping("/{id}/objections")
    CaseViews.Case objection(@PathVariable long id, @RequestBody CaseBodies.Objection body) {
        return cases.objection(id, body);
    }

    @PostMapping("/{id}/decision")
    CaseViews.Case decision(@PathVariable long id, @RequestBody CaseBodies.Decision body) {
        return cases.decision(id, body);
    }

    @PostMapping("/{id}/notification")
    CaseViews.Case notification(@PathVariable long id, @RequestBody CaseBodies.Notification body) {
        return cases.notification(id, body);
    }
}
