/**
 * The demo region (示范省 99), its users and a synthetic population, loaded on the first start of
 * the embedded database so that a newcomer sees a working Doudi at once. Never loaded into a
 * production database unless asked for ({@code DOUDI_DEMO=always}).
 */
package org.doudi.demo;
