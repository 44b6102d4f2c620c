package org.doudi.exchange;

import java.time.Instant;

/**
 * Published after an import that stored facts has committed, so that screening can look at the households
 * it touched ({@link FeedFacts#householdsOfImport}).
 */
public record FeedImported(long importId, FeedType type, String regionCode, int imported, int matched,
                           Instant finishedAt) {
}
