package org.doudi.web.internal;

import java.util.Locale;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseBodies;
import org.doudi.casework.Cases;
import org.doudi.casework.MakerCheckerRefused;
import org.doudi.casework.StepRefused;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Takes a step posted from a case page through {@link Cases}, and words a refusal for the page: a field
 * at fault beside the field (400); someone else's change first (409, "someone else changed this case");
 * a step the case does not allow now (409); the maker-checker rule (403); a role that may not take the
 * step (403). Casework's own reason is kept beside the page's words.
 */
@Component
class CaseSteps {

    /** A refused step: the HTTP status for the page, and what to show. */
    record Refusal(int status, FormErrors errors) {
    }

    private final Cases cases;
    private final MessageSource messages;

    CaseSteps(Cases cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    /** Null when the step was recorded. */
    Refusal take(long id, CaseAction action, StepFields fields, Locale locale) {
        try {
            Object body = fields.body(action);
            switch (action) {
                case DOCUMENTS -> cases.documents(id, (CaseBodies.Documents) body);
                case INVESTIGATION -> cases.investigation(id, (CaseBodies.Investigation) body);
                case VERIFICATION -> cases.verification(id, (CaseBodies.Verification) body);
                case ASSESSMENT -> cases.assessment(id, (CaseBodies.Assessment) body);
                case TOWN_OPINION -> cases.townOpinion(id, (CaseBodies.TownOpinion) body);
                case PUBLICITY -> cases.publicity(id, (CaseBodies.Publicity) body);
                case OBJECTION -> cases.objection(id, (CaseBodies.Objection) body);
                case DECISION -> cases.decision(id, (CaseBodies.Decision) body);
                case NOTIFICATION -> cases.notification(id, (CaseBodies.Notification) body);
                case INTAKE -> throw new IllegalArgumentException("intake has a form of its own");
            }
            return null;
        } catch (InvalidInputException e) {
            return new Refusal(400, FormErrors.of(e.problems(), StepFields.pageFields(action), messages, locale));
        } catch (MakerCheckerRefused e) {
            return refusal(403, "case.error.makerChecker", e.getMessage(), locale);
        } catch (AccessDeniedException e) {
            return refusal(403, "case.error.role", e.getMessage(), locale);
        } catch (StepRefused e) {
            return refusal(409, "case.error.refused", e.getMessage(), locale);
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
