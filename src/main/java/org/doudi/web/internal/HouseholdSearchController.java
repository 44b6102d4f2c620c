package org.doudi.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.HouseholdSearch;
import org.doudi.registry.HouseholdSummary;
import org.doudi.registry.Households;
import org.doudi.registry.Page;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finding a household: a plain GET form, so the page, its address and paging work without
 * JavaScript. With htmx the same address answers only the results, updated while the person types.
 */
@Controller
class HouseholdSearchController {

    static final int PAGE_SIZE = 20;
    private static final FormErrors.Fields FIELDS = FormErrors.Fields.of(
            Set.of("name", "idNumber", "village", "category"), Map.of("region", "village"));

    /** The search as typed; {@code page} counts from 1 as shown on the page. */
    record SearchFields(String name, String idNumber, String village, String category, Integer page) {

        HouseholdSearch toSearch() {
            return new HouseholdSearch(village, name, idNumber, category);
        }

        int pageIndex() {
            return page == null || page < 1 ? 0 : page - 1;
        }

        /** The address of page {@code number} of this search, with only the filters that were given. */
        String url(int number) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/households");
            add(b, "name", name);
            add(b, "idNumber", idNumber);
            add(b, "village", village);
            add(b, "category", category);
            if (number > 1) {
                b.queryParam("page", number);
            }
            return b.encode().toUriString();
        }

        private static void add(UriComponentsBuilder b, String param, String value) {
            if (value != null && !value.isBlank()) {
                b.queryParam(param, value);
            }
        }
    }

    private final Households households;
    private final Places places;
    private final MessageSource messages;

    HouseholdSearchController(Households households, Places places, MessageSource messages) {
        this.households = households;
        this.places = places;
        this.messages = messages;
    }

    @GetMapping("/households")
    String search(@ModelAttribute("q") SearchFields q, Model model, Locale locale, HttpServletResponse response,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring) {
        List<Places.TownVillages> villages = places.villagesOf(Actor.current());
        model.addAttribute("villages", villages);
        model.addAttribute("villageNames", Places.names(villages));
        model.addAttribute("categories", HouseholdCategory.values());
        try {
            Page<HouseholdSummary> page = households.search(q.toSearch(), q.pageIndex(), PAGE_SIZE);
            model.addAttribute("results", page);
            model.addAttribute("pageNumber", page.page() + 1);
            if (page.page() > 0) {
                model.addAttribute("previousUrl", q.url(page.page()));
            }
            if (page.page() + 1 < page.totalPages()) {
                model.addAttribute("nextUrl", q.url(page.page() + 2));
            }
            model.addAttribute("errors", FormErrors.none());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e.problems(), FIELDS, messages, locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        // the same address answers a whole page or, to htmx, only the results
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean onlyResults = htmx != null && restoring == null;
        model.addAttribute("onlyResults", onlyResults);
        return onlyResults ? "households/search :: results" : "households/search";
    }
}
