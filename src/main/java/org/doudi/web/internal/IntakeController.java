package org.doudi.web.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.assessment.Programme;
import org.doudi.assessment.TemporaryKind;
import org.doudi.casework.CaseBodies;
import org.doudi.casework.CaseDocument;
import org.doudi.casework.CaseQuery;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Cases;
import org.doudi.casework.Channel;
import org.doudi.casework.Checklist;
import org.doudi.casework.ProcedureFamily;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 受理: an application for any programme that is applied for — which programme (低保 unless chosen
 * otherwise), which household, for a per-person programme the member applying (chosen from the household's
 * members, so the household comes first), the day it was received, how it came (the town's single window,
 * or a 12345/12317 hotline call with its caller and reference), what an emergency or a medical bill needs,
 * and the documents handed in (the programme's checklist). The case page that follows lists every missing
 * document at once (一次性告知). Opened from a household's page, the household is filled in and shown.
 * Casework checks everything again; the page only turns text into values first.
 */
@Controller
class IntakeController {

    /** What can be applied for here: a programme, and for temporary assistance its kind. */
    enum Application {
        DIBAO(Programme.DIBAO, null),
        TEKUN(Programme.TEKUN, null),
        ORPHAN(Programme.ORPHAN, null),
        UNSUPPORTED_CHILD(Programme.UNSUPPORTED_CHILD, null),
        DISABILITY_LIVING(Programme.DISABILITY_LIVING, null),
        DISABILITY_CARE(Programme.DISABILITY_CARE, null),
        EXPENDITURE_HARDSHIP(Programme.EXPENDITURE_HARDSHIP, null),
        TEMPORARY_EMERGENCY(Programme.TEMPORARY, TemporaryKind.EMERGENCY),
        TEMPORARY_EXPENDITURE(Programme.TEMPORARY, TemporaryKind.EXPENDITURE),
        MEDICAL(Programme.MEDICAL, null);

        private final Programme programme;
        private final TemporaryKind kind;

        Application(Programme programme, TemporaryKind kind) {
            this.programme = programme;
            this.kind = kind;
        }

        /** 低保 when none is named; null when the word names no application. */
        static Application of(String word) {
            if (word == null || word.isBlank()) {
                return DIBAO;
            }
            return Arrays.stream(values()).filter(a -> a.name().equals(word.strip())).findFirst().orElse(null);
        }

        public Programme getProgramme() {
            return programme;
        }

        public boolean isPerPerson() {
            return ProcedureFamily.perPerson(programme);
        }

        public boolean isEmergency() {
            return kind == TemporaryKind.EMERGENCY;
        }

        public boolean isMedical() {
            return programme == Programme.MEDICAL;
        }

        public List<CaseDocument> getChecklist() {
            return Checklist.of(programme, kind);
        }
    }

    private static final FormErrors.Fields FIELDS = FormErrors.Fields.of(Set.of("programme", "household", "person",
                    "channel", "hotlineLine", "hotlineCaller", "hotlineReference", "receivedOn", "severity",
                    "happenedOn", "what", "place", "billDate", "billAmount", "billReference", "hospital", "documents"),
            Map.ofEntries(Map.entry("householdId", "household"), Map.entry("personId", "person"),
                    Map.entry("hotline", "channel"), Map.entry("hotline.line", "hotlineLine"),
                    Map.entry("hotline.caller", "hotlineCaller"), Map.entry("hotline.callReference", "hotlineReference"),
                    Map.entry("temporary", "programme"), Map.entry("temporary.kind", "programme"),
                    Map.entry("temporary.severity", "severity"), Map.entry("temporary.happenedOn", "happenedOn"),
                    Map.entry("temporary.what", "what"), Map.entry("temporary.placeRegionCode", "place"),
                    Map.entry("bill", "programme"), Map.entry("bill.date", "billDate"),
                    Map.entry("bill.inPolicyOutOfPocket", "billAmount"), Map.entry("bill.reference", "billReference"),
                    Map.entry("bill.hospital", "hospital")));

    /** The form as typed; unticked boxes arrive as null. */
    record IntakeFields(String programme, String household, String person, String receivedOn, List<String> documents,
                        String channel, String hotlineLine, String hotlineCaller, String hotlineReference,
                        String severity, String happenedOn, String what, String place, String billDate,
                        String billAmount, String billReference, String hospital) {

        public boolean has(String code) {
            return documents != null && documents.contains(code);
        }

        IntakeFields receivedBy(LocalDate day) {
            return receivedOn != null && !receivedOn.isBlank() ? this : new IntakeFields(programme, household, person,
                    day.toString(), documents, channel, hotlineLine, hotlineCaller, hotlineReference, severity,
                    happenedOn, what, place, billDate, billAmount, billReference, hospital);
        }
    }

    /** One programme to choose at the top of the form: its word, and the address of its form. */
    record Choice(Application application, String href, boolean current) {
    }

    private final Cases cases;
    private final Households households;
    private final CasePageController casePages;
    private final Places places;
    private final MessageSource messages;
    private final Clock clock;

    IntakeController(Cases cases, Households households, CasePageController casePages, Places places,
                     MessageSource messages, Clock clock) {
        this.cases = cases;
        this.households = households;
        this.casePages = casePages;
        this.places = places;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases/new")
    String form(@ModelAttribute IntakeFields fields, Model model, Locale locale) {
        channels(); // 403 before anything else
        Application application = Application.of(fields.programme());
        if (application == null) {
            throw new NotFoundException("no application " + fields.programme());
        }
        FormErrors errors = FormErrors.none();
        if (fields.household() != null && !fields.household().isBlank() && load(fields.household()) == null) {
            errors = FormErrors.of(List.of(new FieldProblem("householdId", "no such household in your region")),
                    FIELDS, messages, locale);
        }
        return form(model, application, fields.receivedBy(Today.in(clock)), errors, null);
    }

    @PostMapping("/cases/new")
    String create(@ModelAttribute IntakeFields fields, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        List<Channel> channels = channels();
        Application application = Application.of(fields.programme());
        try {
            CaseViews.Case created = cases.create(body(fields, application, channels));
            redirect.addFlashAttribute("notice", created.acceptedOn() == null ? "case.createdMissing" : "case.created");
            redirect.addFlashAttribute("noticeArgument", messages.getMessage("intake.short." + application.name(),
                    null, locale));
            return "redirect:/cases/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, application == null ? Application.DIBAO : application, fields,
                    FormErrors.of(e.problems(), FIELDS, messages, locale), null);
        } catch (ConflictException e) {
            // one open application per household (or person, or kind); a bill is assisted once
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            String key = application.isMedical() ? "intake.error.billClaimed" : "intake.error.open";
            return form(model, application, fields, FormErrors.general(messages.getMessage(key,
                    new Object[] {messages.getMessage("intake.short." + application.name(), null, locale)}, locale),
                    e.getMessage()), application.isMedical() ? null : openCase(fields, application));
        }
    }

    /** The application's body; every text that is no value is named at once, before casework is asked. */
    private static CaseBodies.NewCase body(IntakeFields f, Application application, List<Channel> channels) {
        List<FieldProblem> problems = new ArrayList<>();
        if (application == null) {
            problems.add(new FieldProblem("programme", "must be one of the programmes offered"));
        }
        Long household = StepFields.parse("householdId", f.household(), Long::valueOf, problems);
        if (f.household() == null || f.household().isBlank()) {
            // said with the other texts that are no values: casework is not asked until every text is one
            problems.add(new FieldProblem("householdId", "is required"));
        }
        Long person = StepFields.parse("personId", f.person(), Long::valueOf, problems);
        LocalDate received = StepFields.parse("receivedOn", f.receivedOn(), LocalDate::parse, problems);
        List<CaseDocument> documents = StepFields.codes("documents", f.documents(), CaseDocument::valueOf, problems);
        Channel channel = channels.size() == 1 ? channels.get(0)
                : StepFields.parse("channel", f.channel(), Channel::valueOf, problems);
        if (channel != null && !channels.contains(channel)) {
            problems.add(new FieldProblem("channel", "must be one of the ways offered"));
        }
        CaseBodies.Hotline hotline = channel == Channel.HOTLINE
                ? new CaseBodies.Hotline(blankToNull(f.hotlineLine()), f.hotlineCaller(), f.hotlineReference()) : null;
        CaseBodies.Temporary temporary = null;
        CaseBodies.MedicalBill bill = null;
        if (application != null && application.programme == Programme.TEMPORARY) {
            temporary = application.isEmergency()
                    ? new CaseBodies.Temporary(application.kind,
                            StepFields.parse("temporary.severity", f.severity(), Integer::valueOf, problems),
                            StepFields.parse("temporary.happenedOn", f.happenedOn(), LocalDate::parse, problems),
                            f.what(), blankToNull(f.place()))
                    : new CaseBodies.Temporary(application.kind, null, null, null, null);
        }
        if (application != null && application.isMedical()) {
            bill = new CaseBodies.MedicalBill(StepFields.parse("bill.date", f.billDate(), LocalDate::parse, problems),
                    StepFields.parse("bill.inPolicyOutOfPocket", f.billAmount(), BigDecimal::new, problems),
                    f.billReference(), blankToNull(f.hospital()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CaseBodies.NewCase(household, application.programme.name(), received, documents,
                application.isPerPerson() ? person : null, channel, hotline, null, temporary, bill);
    }

    private String form(Model model, Application application, IntakeFields fields, FormErrors errors, Long openCase) {
        model.addAttribute("form", fields);
        model.addAttribute("chosen", application);
        model.addAttribute("errors", errors);
        model.addAttribute("documents", application.getChecklist());
        model.addAttribute("openCase", openCase);
        HouseholdDetail household = load(fields.household());
        String h = household == null ? null : Long.toString(household.id());
        model.addAttribute("choices", Arrays.stream(Application.values()).map(a -> new Choice(a,
                "/cases/new?programme=" + a.name() + (h == null ? "" : "&household=" + h), a == application)).toList());
        model.addAttribute("household", household);
        model.addAttribute("head", household == null ? null : casePages.headName(household.id()));
        // the members who may apply: living ones (casework refuses one who died before the application)
        List<Member> members = household == null ? List.of()
                : household.members().stream().filter(m -> m.diedOn() == null).toList();
        model.addAttribute("members", members);
        List<Channel> channels = channels();
        model.addAttribute("channels", channels);
        model.addAttribute("hotlineOffered", channels.contains(Channel.HOTLINE));
        model.addAttribute("hotlineLines", List.of("12345", "12317"));
        model.addAttribute("severities", List.of("1", "2", "3"));
        model.addAttribute("villages", application.isEmergency() ? places.villagesOf(Actor.current()) : List.of());
        return "cases/new";
    }

    /** The household the text names, when it is one of the person's region; null otherwise. */
    private HouseholdDetail load(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return null;
        }
        try {
            return households.get(Long.parseLong(text.strip()));
        } catch (NotFoundException e) {
            return null; // the field's error says so when it is posted
        }
    }

    /** The open application the new one collides with: the same programme (and person) of the household. */
    private Long openCase(IntakeFields fields, Application application) {
        try {
            long household = Long.parseLong(fields.household().strip());
            Long person = application.isPerPerson() && fields.person() != null && !fields.person().isBlank()
                    ? Long.valueOf(fields.person().strip()) : null;
            return cases.list(new CaseQuery(application.programme, null, null, null, null, null, household, person),
                            0, 50).items().stream()
                    .filter(s -> s.state().open())
                    .filter(s -> application.kind == null || ProcedureFamily.of(application.programme,
                            application.kind) == s.family())
                    .map(CaseViews.Summary::id).findFirst().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * How the signed-in person takes applications: the town's caseworker at the single window or from a
     * hotline call; a county officer from a hotline call. Anyone else: 403 (the village hands applications
     * in through the API, monitoring opens them from warnings).
     */
    private static List<Channel> channels() {
        Actor actor = Actor.current();
        if (actor.has(Role.TOWN_CASEWORKER)) {
            return List.of(Channel.SINGLE_WINDOW, Channel.HOTLINE);
        }
        if (actor.has(Role.COUNTY_OFFICER)) {
            return List.of(Channel.HOTLINE);
        }
        throw new AccessDeniedException("applications are taken by the town's caseworker, or by a county officer "
                + "from a hotline call");
    }

    /** Whether the person takes applications on these pages (links to the intake form). */
    static boolean mayTakeApplications(Actor actor) {
        return actor.has(Role.TOWN_CASEWORKER) || actor.has(Role.COUNTY_OFFICER);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
