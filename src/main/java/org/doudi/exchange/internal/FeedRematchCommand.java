package org.doudi.exchange.internal;

import java.io.PrintStream;
import java.util.List;

import org.doudi.exchange.FeedImports;
import org.doudi.shared.cli.Command;
import org.doudi.shared.security.Actor;
import org.springframework.stereotype.Component;

/** {@code java -jar doudi.jar feed rematch}: matches every stored fact again (what the nightly job does). */
@Component
class FeedRematchCommand implements Command {

    private final FeedImports imports;

    FeedRematchCommand(FeedImports imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "feed rematch";
    }

    @Override
    public String usage() {
        return "feed rematch                      match stored feed rows to people registered or moved since";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        int changed = RunAs.actor(Actor.SYSTEM, imports::rematch);
        out.printf("Re-matched: %,d facts changed.%n", changed);
        return 0;
    }
}
