/**
 * Monitoring (DOMAIN.md §2.8, §3.5): "the policy finds the person". Screening rules written as CEL
 * expressions over a household view ({@link org.doudi.monitoring.ScreeningRules}), screening runs that
 * evaluate them over the registry in resumable chunks ({@link org.doudi.monitoring.ScreeningRuns}), the
 * warnings they raise and their follow-up ({@link org.doudi.monitoring.Warnings}), and the monitored
 * households of 防止返贫 with their identification procedure, helpers, assistance measures and risk
 * elimination ({@link org.doudi.monitoring.MonitoredHouseholds}). Department feeds reach the household view
 * through {@link org.doudi.monitoring.FeedFactSource}.
 */
package org.doudi.monitoring;
