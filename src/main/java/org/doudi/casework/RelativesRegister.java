package org.doudi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 近亲属备案 (DOMAIN.md §3.1 point 8): staff and village-committee members register their close relatives, so
 * that a case whose household includes one is flagged and decided only after the county's own visit. The
 * same checks, scoping and audit as {@code /api/v1/relatives}, as the signed-in actor.
 *
 * <p>A member of staff (village coordinator, town caseworker or approver, county officer) registers their
 * own relatives; a county officer registers those of village-committee members of the county, who are not
 * users. ID numbers are stored encrypted, found by their blind index and only ever shown masked.
 */
public interface RelativesRegister {

    /** 近亲属 in the sense of the Civil Code (art. 1045), and SELF: the staff member's own household. */
    enum Kinship {
        SELF, SPOUSE, PARENT, CHILD, SIBLING, GRANDPARENT, GRANDCHILD,
        /** Another relative with a duty of support living with them; {@code relationNote} says which. */
        OTHER
    }

    /** 村（居）民委员会 posts. */
    enum CommitteePost {
        /** 主任 */
        CHAIR,
        /** 副主任 */
        VICE_CHAIR,
        /** 委员 */
        MEMBER
    }

    enum StaffKind {
        /** A user of Doudi. */
        USER,
        /** A village-committee member, registered by the county. */
        COMMITTEE_MEMBER
    }

    /** The village-committee member whose relative is registered; absent: the signed-in user's own. */
    record CommitteeMember(String name, CommitteePost post, String villageCode) {
    }

    /** {@code registeredOn}: today when left out. */
    record NewRegistration(CommitteeMember committeeMember, String name, String idNumber, Kinship relation,
                           String relationNote, LocalDate registeredOn) {
    }

    /** {@code on}: the last day the registration is in force; today when left out. */
    record Ending(Integer version, LocalDate on, String reason) {
    }

    /** {@code role}: the user's role, or the committee post. */
    record Staff(StaffKind kind, String username, String name, String role, String regionCode) {
    }

    record Registration(long id, Staff staff, String name, String idNumberMasked, Kinship relation,
                        String relationNote, LocalDate registeredOn, LocalDate endedOn, String endReason,
                        boolean inForce, String registeredBy, Instant registeredAt, int version) {
    }

    record RegistrationPage(List<Registration> items, int page, int size, long total) {
    }

    Registration register(NewRegistration body);

    /**
     * County officers, city supervisors and administrators list every registration in their region; other
     * staff list their own. {@code inForce}: only those in force (true) or ended (false); null: both.
     */
    RegistrationPage list(Boolean inForce, int page, int size);

    Registration get(long id);

    Registration end(long id, Ending body);
}
