package org.doudi.casework;

/**
 * The documents a case produces, as PDF with Chinese text (decision 0022): the decision notice of an
 * approval (审核确认决定书), the refusal notice with its reasons and how to appeal (不予救助通知书), and the
 * publicity sheet (公示表). Each is read as the signed-in actor: a case outside their region, or one that
 * has no such document (not decided, decided the other way, never publicised), is not found; every
 * document produced is audited as a read. When no font able to write Chinese can be found, every call
 * raises {@link DocumentsUnavailable}, naming what to install.
 */
public interface CaseDocuments {

    /** 审核确认决定书: the case is approved. */
    Pdf decisionNotice(long caseId);

    /** 不予救助通知书: the case is refused. */
    Pdf refusalNotice(long caseId);

    /** 公示表: the case has a publicity (current, or before its decision). */
    Pdf publicitySheet(long caseId);

    /** A document: the name to save it under, and its bytes. */
    record Pdf(String fileName, byte[] content) {
    }
}
