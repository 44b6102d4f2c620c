package org.doudi.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.doudi.assessment.Programme;
import org.doudi.casework.CaseBodies;
import org.doudi.casework.CaseQuery;
import org.doudi.casework.CaseState;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Channel;
import org.doudi.casework.ProcedureFamily;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Applications for every programme over HTTP: create, read (with the timeline), list, the counts per
 * town, and one POST per step of the procedure. Every action answers the case as it is after the step.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Applications through their statutory procedures (DOMAIN.md §3); every step "
        + "carries the case's version: a stale one is 409")
class CaseController {

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Receive an application (single window, village, hotline or warning); missing documents "
            + "are listed all at once")
    CaseViews.Case create(@RequestBody CaseBodies.NewCase body) {
        return cases.create(body);
    }

    @GetMapping
    @Operation(summary = "Cases of your region, by due date (those waiting for nobody in the office last); "
            + "every bad filter is named at once")
    CaseViews.CasePage list(@Parameter(schema = @Schema(implementation = Programme.class))
                            @RequestParam(required = false) String programme,
                            @Parameter(schema = @Schema(implementation = ProcedureFamily.class))
                            @RequestParam(required = false) String family,
                            @Parameter(schema = @Schema(implementation = CaseState.class))
                            @RequestParam(required = false) String state,
                            @Parameter(schema = @Schema(implementation = Channel.class))
                            @RequestParam(required = false) String channel,
                            @Parameter(description = "true: only cases whose due date has passed; false: only the others",
                                    schema = @Schema(implementation = Boolean.class))
                            @RequestParam(required = false) String overdue,
                            @Parameter(description = "only cases due before this day (exclusive)",
                                    schema = @Schema(implementation = LocalDate.class))
                            @RequestParam(required = false) String dueBefore,
                            @Parameter(schema = @Schema(implementation = Long.class))
                            @RequestParam(required = false) String householdId,
                            @Parameter(schema = @Schema(implementation = Long.class))
                            @RequestParam(required = false) String personId,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        CaseQuery query = new CaseQuery(parse(programme, "programme", Programme::valueOf, problems),
                parse(family, "family", ProcedureFamily::valueOf, problems),
                parse(state, "state", CaseState::valueOf, problems),
                parse(channel, "channel", Channel::valueOf, problems),
                parse(overdue, "overdue", CaseController::bool, problems),
                parse(dueBefore, "dueBefore", LocalDate::parse, problems),
                parse(householdId, "householdId", Long::valueOf, problems),
                parse(personId, "personId", Long::valueOf, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cases.list(query, page, size);
    }

    private static <T> T parse(String value, String name, Function<String, T> parser, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(name, "has a value of the wrong form: " + value));
            return null;
        }
    }

    private static Boolean bool(String s) {
        if (!s.equals("true") && !s.equals("false")) {
            throw new IllegalArgumentException(s);
        }
        return Boolean.valueOf(s);
    }

    @GetMapping("/overdue-by-town")
    @Operation(summary = "Open and overdue cases per town of your region (every town listed, 0 included)")
    List<CaseViews.TownCount> overdueByTown() {
        return cases.countsByTown();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its timeline, the steps allowed now and its due date")
    CaseViews.Case get(@PathVariable long id) {
        return cases.get(id);
    }

    @GetMapping("/{id}/publicity-sheet")
    @Operation(summary = "The publicity sheet: name, household size and amount only")
    CaseViews.PublicitySheet publicitySheet(@PathVariable long id) {
        return cases.publicitySheet(id);
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "The town takes up an application the village handed in")
    CaseViews.Case acceptance(@PathVariable long id, @RequestBody CaseBodies.Acceptance body) {
        return cases.acceptance(id, body);
    }

    @PostMapping("/{id}/documents")
    @Operation(summary = "Documents handed in later; the application is accepted when none is missing")
    CaseViews.Case documents(@PathVariable long id, @RequestBody CaseBodies.Documents body) {
        return cases.documents(id, body);
    }

    @PostMapping("/{id}/pay-first")
    @Operation(summary = "Emergency temporary assistance paid first (先行救助), within the town's pay-first limit")
    CaseViews.Case payFirst(@PathVariable long id, @RequestBody CaseBodies.PayFirst body) {
        return cases.payFirst(id, body);
    }

    @PostMapping("/{id}/investigation")
    @Operation(summary = "The household visit (at least two staff)")
    CaseViews.Case investigation(@PathVariable long id, @RequestBody CaseBodies.Investigation body) {
        return cases.investigation(id, body);
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "The review of a medical bill and the person's status")
    CaseViews.Case review(@PathVariable long id, @RequestBody CaseBodies.Review body) {
        return cases.review(id, body);
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "The economic verification's result")
    CaseViews.Case verification(@PathVariable long id, @RequestBody CaseBodies.Verification body) {
        return cases.verification(id, body);
    }

    @PostMapping("/{id}/appraisal")
    @Operation(summary = "A democratic appraisal (民主评议) of an objection")
    CaseViews.Case appraisal(@PathVariable long id, @RequestBody CaseBodies.Appraisal body) {
        return cases.appraisal(id, body);
    }

    @PostMapping("/{id}/assessment")
    @Operation(summary = "The calculator's result, frozen with the case")
    CaseViews.Case assessment(@PathVariable long id, @RequestBody CaseBodies.Assessment body) {
        return cases.assessment(id, body);
    }

    @PostMapping("/{id}/town-opinion")
    @Operation(summary = "The town's opinion (and a temporary assistance's proposed amount)")
    CaseViews.Case townOpinion(@PathVariable long id, @RequestBody CaseBodies.TownOpinion body) {
        return cases.townOpinion(id, body);
    }

    @PostMapping("/{id}/publicity")
    @Operation(summary = "The 7 days' publicity begins")
    CaseViews.Case publicity(@PathVariable long id, @RequestBody CaseBodies.Publicity body) {
        return cases.publicity(id, body);
    }

    @PostMapping("/{id}/objections")
    @Operation(summary = "An objection during the publicity")
    CaseViews.Case objection(@PathVariable long id, @RequestBody CaseBodies.Objection body) {
        return cases.objection(id, body);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Approve or refuse; an approval becomes a benefit in force")
    CaseViews.Case decision(@PathVariable long id, @RequestBody CaseBodies.Decision body) {
        return cases.decision(id, body);
    }

    @PostMapping("/{id}/notification")
    @Operation(summary = "The household is told")
    CaseViews.Case notification(@PathVariable long id, @RequestBody CaseBodies.Notification body) {
        return cases.notification(id, body);
    }
}
