/**
 * The registry (DOMAIN.md §1.3): households, their members and the dated facts about both.
 * {@link org.doudi.registry.Households} is the one entry point; {@link org.doudi.registry.IdNumber}
 * validates and composes GB 11643 ID numbers. Every read and write is limited to the signed-in
 * actor's region; ID numbers and bank accounts are stored encrypted and shown masked.
 */
package org.doudi.registry;
