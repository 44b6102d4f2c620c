/**
 * Policy parameters (DOMAIN.md §2.0): named values that vary by region and date — standards, lines,
 * ratios, tiers — each with a description, a unit and the document it comes from. History is never
 * overwritten: a change is a new dated entry, approved by a second person before it takes effect.
 */
package org.doudi.policy;
