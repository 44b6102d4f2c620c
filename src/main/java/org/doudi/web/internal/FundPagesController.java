package org.doudi.web.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.payment.BudgetEntry;
import org.doudi.payment.BudgetReport;
import org.doudi.payment.FundSource;
import org.doudi.payment.FundingCalculation;
import org.doudi.payment.Funds;
import org.doudi.payment.PageOf;
import org.doudi.payment.Payrolls;
import org.doudi.payment.Reserve;
import org.doudi.payment.ReserveEntry;
import org.doudi.payment.ReserveMovement;
import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 资金: a county's budgets per programme and source with what was spent against them, the towns' reserves
 * (备用金) with their movements and the forms to top one up or spend from it, and the seed plan's funding rules as
 * calculators, one per page. The payment module decides and checks; the pages offer what it says may be done.
 */
@Controller
class FundPagesController {

    private static final FormErrors.Fields BUDGET_FIELDS = FormErrors.Fields.of(
            Set.of("programme", "source", "amount", "year", "budgetNote"), Map.of("note", "budgetNote"));
    private static final FormErrors.Fields MOVEMENT_FIELDS = FormErrors.Fields.of(
            Set.of("amount", "on", "purpose", "reference"), Map.of());
    private static final Map<String, List<String>> CALCULATORS = new LinkedHashMap<>();

    static {
        CALCULATORS.put("temporary-assistance", List.of("residents"));
        CALCULATORS.put("disaster-relief", List.of("lastYearRevenue"));
        CALCULATORS.put("day-care-construction", List.of("centres"));
        CALCULATORS.put("day-care-running", List.of("withMeals", "withoutMeals"));
    }

    record BudgetFields(String programme, String source, String amount, String budgetNote) {
    }

    record MovementFields(String kind, String amount, String on, String purpose, String reference) {
    }

    private final Funds funds;
    private final Payrolls payrolls;
    private final Regions regions;
    private final MessageSource messages;
    private final Clock clock;

    FundPagesController(Funds funds, Payrolls payrolls, Regions regions, MessageSource messages, Clock clock) {
        this.funds = funds;
        this.payrolls = payrolls;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- budgets and reserves of a county

    @GetMapping("/funds")
    String overview(@RequestParam(required = false) String county, @RequestParam(required = false) Integer year,
                    Model model) {
        String mine = Actor.current().regionCode();
        if (RegionLevel.of(mine).ordinal() > RegionLevel.COUNTY.ordinal()) {
            return "redirect:/funds/reserves/" + RegionScope.of(mine).prefix().substring(0, 9) + "000";
        }
        return page(model, county, year, new BudgetFields("DIBAO", "CENTRAL", null, null), FormErrors.none());
    }

    @PostMapping("/funds/budgets")
    String setBudget(@RequestParam(required = false) String county, @RequestParam(required = false) Integer year,
                     BudgetFields fields, Model model, Locale locale, HttpServletResponse response,
                     RedirectAttributes redirect) {
        try {
            funds.setBudget(new BudgetEntry(county, year, fields.programme(), fields.source(), money(fields.amount()),
                    fields.budgetNote()));
            redirect.addFlashAttribute("notice", "funds.budgetSaved");
            return "redirect:/funds?county=" + county + "&year=" + year;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, county, year, fields, FormErrors.of(e.problems(), BUDGET_FIELDS, messages, locale));
        }
    }

    private String page(Model model, String county, Integer year, BudgetFields form, FormErrors errors) {
        List<Region> counties = counties();
        String chosen = county == null || county.isBlank()
                ? (RegionLevel.of(Actor.current().regionCode()) == RegionLevel.COUNTY ? Actor.current().regionCode()
                : counties.isEmpty() ? null : counties.get(0).code())
                : county;
        int y = year == null ? Today.in(clock).getYear() : year;
        BudgetReport report = chosen == null ? null : funds.budgets(chosen, y);
        model.addAttribute("report", report);
        model.addAttribute("year", y);
        model.addAttribute("county", chosen);
        model.addAttribute("counties", counties);
        model.addAttribute("reserves", chosen == null ? List.of() : funds.reserves(chosen));
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("programmes", payrolls.programmes());
        model.addAttribute("mayManage", funds.mayManage());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "funds/index";
    }

    /** The counties a city or province user may choose between; empty for a county's own officers. */
    private List<Region> counties() {
        RegionScope mine = RegionScope.of(Actor.current().regionCode());
        return mine.level().ordinal() >= RegionLevel.COUNTY.ordinal() ? List.of()
                : regions.within(mine, RegionLevel.COUNTY);
    }

    // ---- one town's reserve

    @GetMapping("/funds/reserves/{town}")
    String reserve(@PathVariable String town, @RequestParam(defaultValue = "0") int page, Model model) {
        return reservePage(model, town, page, new MovementFields("SPENDING", null, Today.in(clock).toString(), null,
                null), FormErrors.none());
    }

    /** A top-up (county) or a spending (town, county) of the reserve. */
    @PostMapping("/funds/reserves/{town}/movements")
    String movement(@PathVariable String town, MovementFields f, Model model, Locale locale,
                    HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ReserveEntry entry = new ReserveEntry(money(f.amount()), f.on(), f.purpose(), f.reference());
            boolean topUp = "TOP_UP".equals(f.kind());
            if (topUp) {
                funds.topUp(town, entry);
            } else {
                funds.spend(town, entry);
            }
            redirect.addFlashAttribute("notice", topUp ? "funds.topUpRecorded" : "funds.spendingRecorded");
            return "redirect:/funds/reserves/" + town;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return reservePage(model, town, 0, f, FormErrors.of(e.problems(), MOVEMENT_FIELDS, messages, locale));
        }
    }

    private String reservePage(Model model, String town, int page, MovementFields form, FormErrors errors) {
        Reserve reserve = funds.reserves(town).stream().filter(r -> r.townCode().equals(town)).findFirst()
                .orElseThrow(() -> new NotFoundException("town " + town));
        PageOf<ReserveMovement> movements = funds.movements(town, Math.max(0, page), 50);
        model.addAttribute("reserve", reserve);
        model.addAttribute("movements", movements);
        model.addAttribute("mayTopUp", funds.mayManage());
        model.addAttribute("maySpend", funds.maySpend());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("pageNumber", movements.page() + 1);
        model.addAttribute("previousUrl", movements.page() > 0
                ? "/funds/reserves/" + town + "?page=" + (movements.page() - 1) : null);
        model.addAttribute("nextUrl", movements.page() + 1 < movements.totalPages()
                ? "/funds/reserves/" + town + "?page=" + (movements.page() + 1) : null);
        return "funds/reserve";
    }

    // ---- calculators

    @GetMapping("/funds/calculators")
    String calculators(Model model) {
        model.addAttribute("rules", CALCULATORS.keySet());
        return "funds/calculators";
    }

    @GetMapping("/funds/calculators/{rule}")
    String calculator(@PathVariable String rule, @RequestParam Map<String, String> query, Model model, Locale locale,
                      HttpServletResponse response) {
        List<String> inputs = CALCULATORS.get(rule);
        if (inputs == null) {
            throw new NotFoundException("calculator " + rule);
        }
        String region = blank(query.get("region")) ? Actor.current().regionCode() : query.get("region");
        String year = blank(query.get("year")) ? Integer.toString(Today.in(clock).getYear()) : query.get("year");
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach(i -> values.put(i, query.getOrDefault(i, "")));
        FundingCalculation result = null;
        FormErrors errors = FormErrors.none();
        if (inputs.stream().anyMatch(query::containsKey)) {
            try {
                result = calculate(rule, region, year, values);
            } catch (InvalidInputException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                List<String> fields = new ArrayList<>(inputs);
                fields.add("year");
                fields.add("region");
                errors = FormErrors.of(e.problems(), FormErrors.Fields.of(Set.copyOf(fields), Map.of()), messages,
                        locale);
            }
        }
        model.addAttribute("rule", rule);
        model.addAttribute("inputs", inputs);
        model.addAttribute("values", values);
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("regionChoices", regionChoices());
        model.addAttribute("result", result);
        model.addAttribute("errors", errors);
        return "funds/calculator";
    }

    private FundingCalculation calculate(String rule, String region, String year, Map<String, String> v) {
        Integer y = integer("year", year);
        return switch (rule) {
            case "temporary-assistance" -> funds.temporaryAssistanceFunding(region, y, count(v.get("residents")));
            case "disaster-relief" -> funds.disasterReliefBudget(region, y, money(v.get("lastYearRevenue"), "lastYearRevenue"));
            case "day-care-construction" -> funds.dayCareConstruction(region, y, integer("centres", v.get("centres")));
            default -> funds.dayCareRunning(region, y, integer("withMeals", v.get("withMeals")),
                    integer("withoutMeals", v.get("withoutMeals")));
        };
    }

    /** The region and its ancestors, then the counties inside it: where a rule's parameters may be resolved. */
    private List<Region> regionChoices() {
        String mine = Actor.current().regionCode();
        List<Region> choices = new ArrayList<>(regions.path(mine));
        RegionScope scope = RegionScope.of(mine);
        if (scope.level().ordinal() < RegionLevel.COUNTY.ordinal()) {
            choices.addAll(regions.within(scope, RegionLevel.COUNTY));
        }
        return choices;
    }

    // ---- input as typed

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static BigDecimal money(String typed) {
        return money(typed, "amount");
    }

    /** A typed amount; one that is not a number is named as its field's problem. */
    private static BigDecimal money(String typed, String field) {
        if (blank(typed)) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number of yuan, e.g. 1200.50");
        }
    }

    private static Long count(String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return Long.valueOf(typed.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("residents", "must be a whole number");
        }
    }

    private static Integer integer(String field, String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }
}
