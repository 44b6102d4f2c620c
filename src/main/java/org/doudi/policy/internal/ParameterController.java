package org.doudi.policy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.doudi.policy.ImportOutcome;
import org.doudi.policy.ParameterChange;
import org.doudi.policy.ParameterChanges;
import org.doudi.policy.ParameterFile;
import org.doudi.policy.ParameterSnapshot;
import org.doudi.policy.PolicyParameters;
import org.doudi.policy.Proposal;
import org.doudi.policy.ResolvedParameter;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * Parameters over HTTP. Values are strings exactly as written ("0.20"); a null value means "none".
 * A proposal's value is best sent as a JSON string, which is kept as sent; a JSON number is taken
 * by its numeric value (0.20 arrives as "0.2").
 * A parameter with no entry in force answers 200 with {@code inForce: false} and the reason
 * {@code NOT_IN_FORCE} — it is a fact about the date, not a missing resource.
 */
@RestController
@RequestMapping("/api/v1")
class ParameterController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

    private final ParameterChanges changes;
    private final PolicyParameters parameters;
    private final RegionAccess access;
    private final Clock clock;

    ParameterController(ParameterChanges changes, PolicyParameters parameters, RegionAccess access, Clock clock) {
        this.changes = changes;
        this.parameters = parameters;
        this.access = access;
        this.clock = clock;
    }

    /** The entry a value came from: the region whose entry applied and the date it took effect. */
    record EntryUsed(String regionCode, LocalDate since) {
    }

    record DefinitionView(String name, String description, String unit, String reference, boolean inForce,
                          String value, EntryUsed entry) {
    }

    record Resolution(String name, String regionCode, LocalDate date, boolean inForce, String value, EntryUsed entry,
                      String reason) {
    }

    record ProposalRequest(String regionCode, String since, JsonNode value, String reason) {
    }

    record DecisionRequest(String reason) {
    }

    @GetMapping("/parameters")
    List<DefinitionView> definitions(@RequestParam(required = false) String region,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        String regionCode = readableRegion(region);
        ParameterSnapshot snapshot = parameters.snapshot(regionCode, date == null ? Today.in(clock) : date);
        return changes.definitions().stream().map(d -> {
            ResolvedParameter r = snapshot.find(d.name()).orElse(null);
            return new DefinitionView(d.name(), d.description(), d.unit(), d.reference(), r != null,
                    r == null ? null : r.value(), r == null ? null : new EntryUsed(r.regionCode(), r.since()));
        }).toList();
    }

    @GetMapping("/parameters/{name}/resolve")
    Resolution resolve(@PathVariable String name, @RequestParam(required = false) String region,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        String regionCode = readableRegion(region);
        requireKnown(name);
        LocalDate on = date == null ? Today.in(clock) : date;
        return parameters.resolve(name, regionCode, on)
                .map(r -> new Resolution(name, regionCode, on, true, r.value(), new EntryUsed(r.regionCode(), r.since()),
                        null))
                .orElseGet(() -> new Resolution(name, regionCode, on, false, null, null, "NOT_IN_FORCE"));
    }

    @GetMapping("/parameters/{name}/history")
    List<ParameterChange> history(@PathVariable String name, @RequestParam(required = false) String region) {
        return changes.history(name, region == null ? Actor.current().regionCode() : region);
    }

    @PostMapping("/parameters/{name}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    ParameterChange propose(@PathVariable String name, @RequestBody ProposalRequest request) {
        JsonNode v = request.value();
        if (v == null || v.isMissingNode()) {
            throw new InvalidInputException("value", "is required (null for none, e.g. no cap)");
        }
        if (v.isContainer()) {
            throw new InvalidInputException("value", "must be a single value: a number, true/false or null");
        }
        return changes.propose(new Proposal(name, request.regionCode(), request.since(), text(v), request.reason()));
    }

    @GetMapping(value = "/parameters/export")
    ResponseEntity<String> export(@RequestParam String region) {
        ParameterFile file = changes.exportApproved(region);
        String header = "# Approved parameter entries of region " + region + ", exported on " + Today.in(clock)
                + " by " + Actor.current().username() + ".\n";
        return ResponseEntity.ok().contentType(YAML)
                .header("Content-Disposition", "attachment; filename=\"parameters-" + region + ".yaml\"")
                .body(header + file.write());
    }

    @PostMapping("/parameters/import")
    @ResponseStatus(HttpStatus.CREATED)
    ImportOutcome importFile(@RequestParam String region, @RequestParam(required = false) String reason,
                             @RequestBody String yaml) {
        return changes.importProposals(region, ParameterFile.read(yaml), reason);
    }

    @GetMapping("/parameter-proposals")
    List<ParameterChange> proposals(@RequestParam(defaultValue = "PROPOSED") ParameterChange.Status status) {
        return changes.changes(status);
    }

    @GetMapping("/parameter-proposals/{id}")
    ParameterChange proposal(@PathVariable long id) {
        return changes.change(id);
    }

    @PostMapping("/parameter-proposals/{id}/approve")
    ParameterChange approve(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        return changes.approve(id, request == null ? null : request.reason());
    }

    @PostMapping("/parameter-proposals/{id}/reject")
    ParameterChange reject(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        return changes.reject(id, request == null ? null : request.reason());
    }

    @PostMapping("/parameter-proposals/{id}/withdraw")
    ParameterChange withdraw(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        return changes.withdraw(id, request == null ? null : request.reason());
    }

    private String readableRegion(String region) {
        String code = region == null ? Actor.current().regionCode() : region;
        if (!access.mayRead(Actor.current(), code)) {
            throw new NotFoundException("region " + code);
        }
        return code;
    }

    private void requireKnown(String name) {
        if (changes.definitions().stream().noneMatch(d -> d.name().equals(name))) {
            throw new NotFoundException("parameter " + name);
        }
    }

    /** A JSON value as parameter text: strings as sent, numbers in plain notation, null as none. */
    private static String text(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            BigDecimal d = v.decimalValue();
            return v.isIntegralNumber() ? d.toBigInteger().toString() : d.toPlainString();
        }
        return v.asString();
    }
}
