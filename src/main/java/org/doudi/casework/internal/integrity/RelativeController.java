package org.doudi.casework.internal.integrity;

import org.doudi.casework.RelativesRegister;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 近亲属备案 over HTTP: register, list (ID numbers masked), read, end with a reason. */
@RestController
@RequestMapping("/api/v1/relatives")
class RelativeController {

    private final RelativesRegister register;

    RelativeController(RelativesRegister register) {
        this.register = register;
    }

    /** Without {@code committeeMember}: a relative of the signed-in user. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RelativesRegister.Registration register(@RequestBody RelativesRegister.NewRegistration body) {
        return register.register(body);
    }

    @GetMapping
    RelativesRegister.RegistrationPage list(@RequestParam(required = false) Boolean inForce,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "50") int size) {
        return register.list(inForce, page, size);
    }

    @GetMapping("/{id}")
    RelativesRegister.Registration get(@PathVariable long id) {
        return register.get(id);
    }

    @PostMapping("/{id}/end")
    RelativesRegister.Registration end(@PathVariable long id, @RequestBody RelativesRegister.Ending body) {
        return register.end(id, body);
    }
}
