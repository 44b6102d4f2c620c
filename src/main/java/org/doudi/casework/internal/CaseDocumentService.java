package org.doudi.casework.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doudi.assessment.Programme;
import org.doudi.audit.AuditLog;
import org.doudi.casework.CaseDocuments;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Cases;
import org.doudi.casework.Outcome;
import org.doudi.identity.Users;
import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.Regions;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.registry.Relation;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces the case documents from the case as {@link Cases} shows it to the signed-in actor (so the
 * region scope is the case API's), the household's head from the registry, the offices from the region
 * tree and the decider's name from identity. The letter is from the office that decided: the town's
 * people's government when a town approver decided (a county that devolves the decision, decision 0018), the
 * county's civil-affairs bureau when a county officer did.
 */
@Service
@Transactional
class CaseDocumentService implements CaseDocuments {

    /** The programmes' names on letters. */
    private static final Map<String, String> PROGRAMMES = Map.of(
            Programme.DIBAO.name(), "最低生活保障",
            Programme.TEKUN.name(), "特困人员救助供养",
            Programme.ORPHAN.name(), "孤儿基本生活费",
            Programme.UNSUPPORTED_CHILD.name(), "事实无人抚养儿童基本生活费",
            Programme.DISABILITY_LIVING.name(), "困难残疾人生活补贴",
            Programme.DISABILITY_CARE.name(), "重度残疾人护理补贴",
            Programme.EXPENDITURE_HARDSHIP.name(), "刚性支出困难家庭认定",
            Programme.TEMPORARY.name(), "临时救助",
            Programme.MEDICAL.name(), "医疗救助");

    private final Cases cases;
    private final Households households;
    private final Regions regions;
    private final Users users;
    private final DocumentFont fonts;
    private final AuditLog audit;

    CaseDocumentService(Cases cases, Households households, Regions regions, Users users, DocumentFont fonts,
                        AuditLog audit) {
        this.cases = cases;
        this.households = households;
        this.regions = regions;
        this.users = users;
        this.fonts = fonts;
        this.audit = audit;
    }

    @Override
    public Pdf decisionNotice(long caseId) {
        CaseViews.Case c = cases.get(caseId);
        CaseViews.Decision d = c.decision();
        if (d == null || d.outcome() != Outcome.APPROVE) {
            throw new NotFoundException("decision notice of case " + caseId + " (not approved)");
        }
        CaseLetters.Letterhead head = letterhead(c, d.decidedBy());
        CaseLetters.Approval approval = new CaseLetters.Approval(householdSize(c), d.monthlyAmount(), d.startMonth(),
                c.publicity() == null ? null : c.publicity().from(), c.publicity() == null ? null : c.publicity().until(),
                decider(d.decidedBy()), d.decidedOn(), d.amount(), d.untilMonth(), d.stages().stream()
                .map(s -> new CaseLetters.Payment(s.month(), s.amount(), s.payFirst())).toList(), checks(c));
        return produce(c, "decision-notice", font -> CaseLetters.decisionNotice(font, head, approval));
    }

    @Override
    public Pdf refusalNotice(long caseId) {
        CaseViews.Case c = cases.get(caseId);
        CaseViews.Decision d = c.decision();
        if (d == null || d.outcome() != Outcome.REFUSE) {
            throw new NotFoundException("refusal notice of case " + caseId + " (not refused)");
        }
        CaseLetters.Letterhead head = letterhead(c, d.decidedBy());
        CaseLetters.Refusal refusal = new CaseLetters.Refusal(d.reasons(), decider(d.decidedBy()), d.decidedOn());
        return produce(c, "refusal-notice", font -> CaseLetters.refusalNotice(font, head, refusal));
    }

    @Override
    public Pdf publicitySheet(long caseId) {
        CaseViews.Case c = cases.get(caseId);
        CaseViews.PublicitySheet sheet = cases.publicitySheet(caseId);
        List<Region> path = regions.path(c.regionCode());
        CaseLetters.Publicity p = new CaseLetters.Publicity(townGovernment(path), programme(c), sheet.place(),
                sheet.from(), sheet.until(), sheet.name(), sheet.householdSize(), sheet.monthlyAmount(),
                sheet.amount(), c.personId() != null);
        return produce(c, "publicity-sheet", font -> CaseLetters.publicitySheet(font, caseId, p));
    }

    interface Writer {
        byte[] write(DocumentFont.Opened font);
    }

    /** Writes the document in the font, and records that the actor took it (a read of the case's letters). */
    private Pdf produce(CaseViews.Case c, String kind, Writer writer) {
        byte[] pdf;
        try (DocumentFont.Opened font = fonts.open()) {
            pdf = writer.write(font);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String file = kind + "-" + c.id() + ".pdf";
        audit.recordRead("case", Long.toString(c.id()), c.regionCode(), file);
        return new Pdf(file, pdf);
    }

    private CaseLetters.Letterhead letterhead(CaseViews.Case c, String decidedBy) {
        List<Region> path = regions.path(c.regionCode());
        HouseholdDetail household = households.get(c.householdId());
        String head = household.members().stream().filter(m -> m.relation() == Relation.HEAD).map(Member::name)
                .findFirst().orElseThrow(() -> new NotFoundException("head of household " + c.householdId()));
        String place = path.stream().filter(r -> r.level() == RegionLevel.TOWN || r.level() == RegionLevel.VILLAGE)
                .map(Region::name).reduce((a, b) -> a + b).orElse("");
        // a per-person programme's letter is to the person applying; the household's to its head
        String person = c.personId() == null ? null : c.personName() != null ? c.personName()
                : household.members().stream().filter(m -> m.personId() == c.personId()).map(Member::name)
                        .findFirst().orElse(null);
        return new CaseLetters.Letterhead(issuer(path, decidedBy), at(path, RegionLevel.COUNTY), c.id(), head, place,
                c.receivedOn(), programme(c), person, household.members().size());
    }

    /** The deciding office: the county's civil-affairs bureau for a county officer, else the town's government. */
    private String issuer(List<Region> casePath, String decidedBy) {
        Optional<Actor> decider = users.actorOf(decidedBy);
        boolean county = decider.map(a -> RegionLevel.of(a.regionCode()).ordinal() <= RegionLevel.COUNTY.ordinal()
                && a.has(org.doudi.shared.security.Role.COUNTY_OFFICER)).orElse(false);
        return county ? at(casePath, RegionLevel.COUNTY) + "民政局" : townGovernment(casePath);
    }

    private static String townGovernment(List<Region> path) {
        return at(path, RegionLevel.TOWN) + "人民政府";
    }

    private static String at(List<Region> path, RegionLevel level) {
        return path.stream().filter(r -> r.level() == level).map(Region::name).findFirst().orElse("");
    }

    private String decider(String username) {
        return users.displayName(username).orElse(username);
    }

    private static String programme(CaseViews.Case c) {
        return PROGRAMMES.getOrDefault(c.programme(), c.programme());
    }

    /** The household's size as the frozen assessment counted it; 0 where it counted none (a medical bill's). */
    private static int householdSize(CaseViews.Case c) {
        if (c.assessment() == null || c.assessment().result() == null) {
            throw new NotFoundException("assessment of case " + c.id());
        }
        var size = c.assessment().result().get("householdSize");
        return size == null || size.isNull() ? 0 : size.asInt();
    }

    /** What the office did before deciding, as the letter words it: the steps of the case's own procedure. */
    private static String checks(CaseViews.Case c) {
        return switch (c.family()) {
            case MEDICAL -> "经审核";
            case TEMPORARY_EMERGENCY -> "经入户调查";
            default -> "经入户调查、家庭经济状况核对";
        };
    }
}
