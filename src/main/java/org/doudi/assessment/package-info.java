/**
 * The calculator (DOMAIN.md §2, ASSESSMENT-API.md): turns a household into eligibility and amounts for
 * every programme, each with reason codes and a trace of the steps and parameters that produced it.
 * Pure Java — no I/O, no Spring — so that casework, screening and the what-if page all get the same
 * answer. Each programme is its own rule class named after it ({@code DibaoRule}, {@code TekunRule}, …).
 */
package org.doudi.assessment;
