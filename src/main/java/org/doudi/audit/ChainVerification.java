package org.doudi.audit;

/** The outcome of re-computing the audit chain from its first link. */
public record ChainVerification(boolean intact, long linksChecked, Long firstBrokenSeq, String problem) {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem);
    }
}
