/**
 * Payments (DOMAIN.md §2.5, §2.9, §3.4): the benefits in force that casework decides, and — later — the
 * monthly payrolls, bank files and reconciliation that pay them. {@link org.doudi.payment.BenefitsInForce}
 * is the entry point for other modules.
 */
package org.doudi.payment;
