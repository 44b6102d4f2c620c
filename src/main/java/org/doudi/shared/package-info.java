/**
 * The shared kernel: the few mechanisms every module uses the same way — problem+json errors,
 * PII encryption and masking, the command line, the clock. No business rule lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.doudi.shared;
