package org.doudi.payment.internal;

import java.util.List;

import org.doudi.payment.BenefitInForce;
import org.doudi.payment.BenefitsInForce;
import org.doudi.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The benefits in force, read-only: they are written by casework's decisions, reviews and stops. */
@RestController
@RequestMapping("/api/v1/benefits")
class BenefitController {

    private final BenefitsInForce benefits;

    BenefitController(BenefitsInForce benefits) {
        this.benefits = benefits;
    }

    /** Every benefit of a household (ended ones too), newest first; empty outside the caller's region. */
    @GetMapping
    List<BenefitInForce> ofHousehold(@RequestParam long householdId) {
        return benefits.ofHousehold(householdId);
    }

    @GetMapping("/{id}")
    BenefitInForce get(@PathVariable long id) {
        return benefits.find(id).orElseThrow(() -> new NotFoundException("benefit " + id));
    }
}
