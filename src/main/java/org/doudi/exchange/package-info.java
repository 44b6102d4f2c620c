/**
 * Department data exchange (DOMAIN.md §3.1 point 3, §3.5): the files other departments send — deaths,
 * medical settlements, disability certificates, vehicles, businesses and the rest ({@link org.doudi.exchange.FeedType})
 * — imported row by row with a report of every bad row ({@link org.doudi.exchange.FeedImports}), matched to
 * registered people by the blind index of the ID number, kept as typed facts that screening reads in bulk
 * ({@link org.doudi.exchange.FeedFacts}), and gathered per household into the economic verification report (核对)
 * that casework attaches to an application ({@link org.doudi.exchange.Verifications}).
 * See docs/decisions/0024 and 0025.
 */
package org.doudi.exchange;
