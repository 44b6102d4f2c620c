package org.doudi.web.internal;

import java.util.Locale;
import java.util.function.Supplier;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseBodies;
import org.doudi.casework.Cases;
import org.doudi.casework.CountyVisits;
import org.doudi.casework.DeciderRefused;
import org.doudi.casework.MakerCheckerRefused;
import org.doudi.casework.StepRefused;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Takes a step posted from a case page through {@link Cases} (or the county's visit through
 * {@link CountyVisits}), and words a refusal for the page: a field at fault beside the field (400);
 * someone else's change first (409, "someone else changed this case"); a step the case does not allow now
 * (409, among them a decision before the county's own visit); the maker-checker rule (403); the county
 * deciding, or an amount above the town's limit (403); a role that may not take the step (403).
 * Casework's own reason is kept beside the page's words.
 */
@Component
class CaseSteps {

    /** A refused step: the HTTP status for the page, and what to show. */
    record Refusal(int status, FormErrors errors) {
    }

    private final Cases cases;
    private final CountyVisits visits;
    private final MessageSource messages;

    CaseSteps(Cases cases, CountyVisits visits, MessageSource messages) {
        this.cases = cases;
        this.visits = visits;
        this.messages = messages;
    }

    /** Null when the step was recorded. */
    Refusal take(long id, CaseAction action, StepFields fields, Locale locale) {
        return attempt(id, fields, StepFields.pageFields(action), action == CaseAction.DECISION, locale, () -> {
            Object body = fields.body(action);
            switch (action) {
                case ACCEPTANCE -> cases.acceptance(id, (CaseBodies.Acceptance) body);
                case DOCUMENTS -> cases.documents(id, (CaseBodies.Documents) body);
                case PAY_FIRST -> cases.payFirst(id, (CaseBodies.PayFirst) body);
                case INVESTIGATION -> cases.investigation(id, (CaseBodies.Investigation) body);
                case REVIEW -> cases.review(id, (CaseBodies.Review) body);
                case VERIFICATION -> cases.verification(id, (CaseBodies.Verification) body);
                case APPRAISAL -> cases.appraisal(id, (CaseBodies.Appraisal) body);
                case ASSESSMENT -> cases.assessment(id, (CaseBodies.Assessment) body);
                case TOWN_OPINION -> cases.townOpinion(id, (CaseBodies.TownOpinion) body);
                case PUBLICITY -> cases.publicity(id, (CaseBodies.Publicity) body);
                case OBJECTION -> cases.objection(id, (CaseBodies.Objection) body);
                case DECISION -> cases.decision(id, (CaseBodies.Decision) body);
                case NOTIFICATION -> cases.notification(id, (CaseBodies.Notification) body);
                case INTAKE, SUBMISSION -> throw new IllegalArgumentException("an application has a form of its own");
            }
            return null;
        });
    }

    /** The county's own household visit; null when it was recorded. */
    Refusal countyVisit(long id, StepFields fields, Locale locale) {
        return attempt(id, fields, StepFields.pageFields(StepFields.COUNTY_VISIT, StepFields.COUNTY_VISIT_FIELDS),
                false, locale, () -> visits.record(id, fields.countyVisit()));
    }

    private Refusal attempt(long id, StepFields fields, FormErrors.Fields pageFields, boolean decision, Locale locale,
                            Supplier<Object> write) {
        try {
            write.get();
            return null;
        } catch (InvalidInputException e) {
            return new Refusal(400, FormErrors.of(e.problems(), pageFields, messages, locale));
        } catch (MakerCheckerRefused e) {
            return refusal(403, "case.error.makerChecker", e.getMessage(), locale);
        } catch (DeciderRefused e) {
            return refusal(403, "case.error.decider", e.getMessage(), locale);
        } catch (AccessDeniedException e) {
            return refusal(403, "case.error.role", e.getMessage(), locale);
        } catch (StepRefused e) {
            // a decision the procedure allows, refused while the county's own visit is missing (decision 0019)
            // (casework's reason names it; the publicity still running is refused before it)
            boolean visitFirst = decision && cases.get(id).attention().countyVisitRequired()
                    && String.valueOf(e.getMessage()).contains("county must visit first");
            return refusal(409, visitFirst ? "case.error.countyVisitFirst" : "case.error.refused", e.getMessage(),
                    locale);
        } catch (ConflictException e) {
            // the version posted is not the case's now: someone else's step came first
            boolean stale = !String.valueOf(cases.get(id).version()).equals(fields.version() == null ? null
                    : fields.version().strip());
            return refusal(409, stale ? "case.error.stale" : "case.error.conflict", e.getMessage(), locale);
        }
    }

    private Refusal refusal(int status, String key, String reason, Locale locale) {
        return new Refusal(status, FormErrors.general(messages.getMessage(key, null, locale), reason));
    }
}
