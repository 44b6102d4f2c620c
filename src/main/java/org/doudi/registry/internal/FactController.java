package org.doudi.registry.internal;

import org.doudi.registry.Asset;
import org.doudi.registry.AssetForm;
import org.doudi.registry.Disability;
import org.doudi.registry.DisabilityForm;
import org.doudi.registry.Expense;
import org.doudi.registry.ExpenseForm;
import org.doudi.registry.FactEnd;
import org.doudi.registry.Households;
import org.doudi.registry.IncomeForm;
import org.doudi.registry.IncomeItem;
import org.doudi.registry.PersonFact;
import org.doudi.registry.PersonFactForm;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dated facts of members and households. A fact is never deleted: it is ended
 * ({@code POST …/{factId}/end} with {@code {"to": …}}) so that the history of what was known stays.
 */
@RestController
@RequestMapping("/api/v1/households/{id}")
class FactController {

    private final Households households;

    FactController(Households households) {
        this.households = households;
    }

    @PostMapping("/members/{personId}/incomes")
    @ResponseStatus(HttpStatus.CREATED)
    IncomeItem addIncome(@PathVariable long id, @PathVariable long personId, @RequestBody IncomeForm form) {
        return households.addIncome(id, personId, form);
    }

    @PostMapping("/members/{personId}/incomes/{incomeId}/end")
    IncomeItem endIncome(@PathVariable long id, @PathVariable long personId, @PathVariable long incomeId,
                         @RequestBody FactEnd end) {
        return households.endIncome(id, personId, incomeId, end);
    }

    @PostMapping("/members/{personId}/disabilities")
    @ResponseStatus(HttpStatus.CREATED)
    Disability addDisability(@PathVariable long id, @PathVariable long personId, @RequestBody DisabilityForm form) {
        return households.addDisability(id, personId, form);
    }

    @PostMapping("/members/{personId}/disabilities/{disabilityId}/end")
    Disability endDisability(@PathVariable long id, @PathVariable long personId, @PathVariable long disabilityId,
                             @RequestBody FactEnd end) {
        return households.endDisability(id, personId, disabilityId, end);
    }

    @PostMapping("/members/{personId}/facts")
    @ResponseStatus(HttpStatus.CREATED)
    PersonFact addFact(@PathVariable long id, @PathVariable long personId, @RequestBody PersonFactForm form) {
        return households.addFact(id, personId, form);
    }

    @PostMapping("/members/{personId}/facts/{factId}/end")
    PersonFact endFact(@PathVariable long id, @PathVariable long personId, @PathVariable long factId,
                       @RequestBody FactEnd end) {
        return households.endFact(id, personId, factId, end);
    }

    @PostMapping("/assets")
    @ResponseStatus(HttpStatus.CREATED)
    Asset addAsset(@PathVariable long id, @RequestBody AssetForm form) {
        return households.addAsset(id, form);
    }

    @PostMapping("/assets/{assetId}/end")
    Asset endAsset(@PathVariable long id, @PathVariable long assetId, @RequestBody FactEnd end) {
        return households.endAsset(id, assetId, end);
    }

    @PostMapping("/expenses")
    @ResponseStatus(HttpStatus.CREATED)
    Expense addExpense(@PathVariable long id, @RequestBody ExpenseForm form) {
        return households.addExpense(id, form);
    }
}
