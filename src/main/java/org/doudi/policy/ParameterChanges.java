package org.doudi.policy;

import java.util.List;

/**
 * Reading and changing parameters under maker-checker, for the signed-in user
 * ({@code Actor.current()}). A county civil-affairs officer works on regions inside their county,
 * an administrator inside their own region; other roles may read but not change (403). Regions
 * outside the caller's reach look exactly like unknown ones. Every change is audited in its own
 * transaction.
 */
public interface ParameterChanges {

    /** Every known parameter, by name. */
    List<ParameterDefinition> definitions();

    /** Whether the signed-in user may propose and decide changes at all (inside their own region). */
    boolean maySetParameters();

    /** Whether the signed-in user may read a region's figures: their own region, those below it and its ancestors. */
    boolean mayRead(String regionCode);

    /** Records a proposal; it takes effect only once another user approves it. 400 naming each bad field. */
    ParameterChange propose(Proposal proposal);

    /**
     * Approves a proposal of someone else. Refused when its date is before today (history is never
     * changed retroactively) or an approved entry for the same (name, region, date) exists.
     */
    ParameterChange approve(long id, String note);

    /** Turns down a proposal of someone else; the reason is required. */
    ParameterChange reject(long id, String reason);

    /** The proposer takes back a proposal not decided yet. */
    ParameterChange withdraw(long id, String note);

    /** One change, when it is inside the caller's region (404 otherwise). */
    ParameterChange change(long id);

    /** Changes of the given status inside the caller's region, oldest first. */
    List<ParameterChange> changes(ParameterChange.Status status);

    /** Every entry, of any status, of a region and its ancestors, province first, then by date. */
    List<ParameterChange> history(String name, String regionCode);

    /**
     * Proposes every entry of a parameter file for one region, all or nothing: rows that are not
     * acceptable are reported by name, region and date and nothing is written. Rows equal to an
     * approved entry are left alone. An administrator's file may introduce new parameters.
     */
    ImportOutcome importProposals(String regionCode, ParameterFile file, String reason);

    /** The approved entries that belong to the region itself (not its ancestors), as a parameter file. */
    ParameterFile exportApproved(String regionCode);
}
