package org.doudi.payment.internal;

import org.doudi.payment.NewRecovery;
import org.doudi.payment.PageOf;
import org.doudi.payment.Recoveries;
import org.doudi.payment.Recovery;
import org.doudi.payment.Refund;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Overpayments taken back (追回): those the payrolls found and those decided, with deductions and refunds. */
@RestController
@RequestMapping("/api/v1/recoveries")
class RecoveryController {

    private final Recoveries recoveries;

    RecoveryController(Recoveries recoveries) {
        this.recoveries = recoveries;
    }

    @GetMapping
    PageOf<Recovery> list(@RequestParam(required = false) Long householdId,
                          @RequestParam(required = false) Boolean open,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return recoveries.list(householdId, open, page, size);
    }

    @GetMapping("/{id}")
    Recovery get(@PathVariable long id) {
        return recoveries.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Recovery decide(@RequestBody NewRecovery recovery) {
        return recoveries.decide(recovery);
    }

    @PostMapping("/{id}/refunds")
    Recovery refund(@PathVariable long id, @RequestBody Refund refund) {
        return recoveries.refund(id, refund);
    }
}
