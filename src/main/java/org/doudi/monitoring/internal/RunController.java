package org.doudi.monitoring.internal;

import org.doudi.monitoring.Paged;
import org.doudi.monitoring.RunBodies;
import org.doudi.monitoring.RunViews;
import org.doudi.monitoring.ScreeningRuns;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Screening runs over HTTP: start one (it works in the background), follow its progress, resume it. */
@RestController
@RequestMapping("/api/v1/screening-runs")
class RunController {

    private final ScreeningRuns runs;

    RunController(ScreeningRuns runs) {
        this.runs = runs;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    RunViews.Run start(@RequestBody(required = false) RunBodies.Start body) {
        return runs.start(body == null ? new RunBodies.Start(null, null, null, null) : body);
    }

    @GetMapping
    Paged<RunViews.Run> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return runs.list(page, size);
    }

    @GetMapping("/{id}")
    RunViews.Run get(@PathVariable long id) {
        return runs.get(id);
    }

    @PostMapping("/{id}/resume")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RunViews.Run resume(@PathVariable long id) {
        return runs.resume(id);
    }
}
