package org.doudi.web.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doudi.casework.CaseInbox;
import org.doudi.casework.CaseViews;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Member;
import org.doudi.shared.security.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox ({@code /cases}): my tasks, due soon, overdue — each a tab with its count, paged by links —
 * and the publicity list ({@code /publicity}): the cases in publicity in my region with only what the
 * sheet shows, and the sheet as PDF.
 */
@Controller
class CaseListsController {

    static final int PAGE_SIZE = 20;

    /**
     * A row of the inbox: the case, the household's head and, for a per-person programme, the member
     * applying (null when the household moved away), and the village.
     */
    record Row(CaseInbox.Item item, String head, String person, String village) {
    }

    /**
     * A case in publicity: its id, its sheet, the amount as the pages write money (monthly, or once for
     * temporary assistance; none for a status such as 刚性支出困难), and whether it is paid once.
     */
    record Publicised(long caseId, CaseViews.PublicitySheet sheet, String amount, boolean oneOff) {
    }

    /** A tab: its address word, its code and how many cases it holds. */
    record Tab(String word, CaseInbox.Tab tab, long count, boolean current) {
    }

    private final CaseInbox inbox;
    private final CasePageController casePages;
    private final Places places;

    CaseListsController(CaseInbox inbox, CasePageController casePages, Places places) {
        this.inbox = inbox;
        this.casePages = casePages;
        this.places = places;
    }

    @GetMapping("/cases")
    String inbox(@RequestParam(defaultValue = "tasks") String tab, @RequestParam(defaultValue = "1") int page,
                 Model model) {
        CaseInbox.Tab current = switch (tab) {
            case "due-soon" -> CaseInbox.Tab.DUE_SOON;
            case "overdue" -> CaseInbox.Tab.OVERDUE;
            default -> CaseInbox.Tab.TASKS;
        };
        Map<CaseInbox.Tab, Long> counts = inbox.counts();
        model.addAttribute("tabs", List.of(
                new Tab("tasks", CaseInbox.Tab.TASKS, counts.get(CaseInbox.Tab.TASKS), current == CaseInbox.Tab.TASKS),
                new Tab("due-soon", CaseInbox.Tab.DUE_SOON, counts.get(CaseInbox.Tab.DUE_SOON),
                        current == CaseInbox.Tab.DUE_SOON),
                new Tab("overdue", CaseInbox.Tab.OVERDUE, counts.get(CaseInbox.Tab.OVERDUE),
                        current == CaseInbox.Tab.OVERDUE)));
        CaseInbox.Page result = inbox.list(current, Math.max(page, 1) - 1, PAGE_SIZE);
        Map<String, String> villages = Places.names(places.villagesOf(Actor.current()));
        // one registry read per household of the page, at most a page of them (decision 0023)
        Map<Long, Optional<HouseholdDetail>> read = new HashMap<>();
        List<Row> rows = result.items().stream().map(i -> {
            Optional<HouseholdDetail> h = read.computeIfAbsent(i.householdId(), casePages::household);
            return new Row(i, h.map(CasePageController::headOf).orElse(null),
                    i.personId() == null ? null : h.flatMap(d -> d.members().stream()
                            .filter(m -> m.personId() == i.personId()).map(Member::name).findFirst()).orElse(null),
                    villages.getOrDefault(i.regionCode(), i.regionCode()));
        }).toList();
        model.addAttribute("tab", current);
        model.addAttribute("tabWord", tab.equals("due-soon") || tab.equals("overdue") ? tab : "tasks");
        model.addAttribute("rows", rows);
        paging(model, "/cases", Map.of("tab", tab), result.page(), result.total());
        model.addAttribute("mayTakeApplications", IntakeController.mayTakeApplications(Actor.current()));
        return "cases/inbox";
    }

    @GetMapping("/publicity")
    String publicity(@RequestParam(defaultValue = "1") int page, Model model) {
        CaseInbox.PublicityPage result = inbox.publicity(Math.max(page, 1) - 1, PAGE_SIZE);
        model.addAttribute("items", result.items().stream().map(p -> new Publicised(p.caseId(), p.sheet(),
                Figures.money(p.sheet().monthlyAmount() != null ? p.sheet().monthlyAmount() : p.sheet().amount()),
                p.sheet().amount() != null)).toList());
        model.addAttribute("total", result.total());
        paging(model, "/publicity", Map.of(), result.page(), result.total());
        return "cases/publicity";
    }

    private static void paging(Model model, String path, Map<String, String> query, int page, long total) {
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("pageNumber", page + 1);
        model.addAttribute("totalPages", pages);
        model.addAttribute("previousUrl", page > 0 ? link(path, query, page) : null);
        model.addAttribute("nextUrl", page + 1 < pages ? link(path, query, page + 2) : null);
    }

    private static String link(String path, Map<String, String> query, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        query.forEach(b::queryParam);
        return b.queryParam("page", page).build().toUriString();
    }
}
