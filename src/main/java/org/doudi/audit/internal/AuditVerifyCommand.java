package org.doudi.audit.internal;

import java.io.PrintStream;
import java.util.List;

import org.doudi.audit.AuditTrail;
import org.doudi.audit.ChainVerification;
import org.doudi.shared.cli.Command;
import org.springframework.stereotype.Component;

/** {@code java -jar doudi.jar audit verify}: exit 0 when the chain is intact, 3 when it is broken. */
@Component
class AuditVerifyCommand implements Command {

    private final AuditTrail trail;

    AuditVerifyCommand(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public String name() {
        return "audit verify";
    }

    @Override
    public String usage() {
        return "audit verify                      check the audit log's hash chain";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        ChainVerification result = trail.verify();
        if (result.intact()) {
            out.println("Audit chain intact: " + result.linksChecked() + " links checked.");
            return 0;
        }
        out.println("Audit chain BROKEN at link " + result.firstBrokenSeq() + ": " + result.problem()
                + " (" + result.linksChecked() + " links intact before it).");
        return 3;
    }
}
