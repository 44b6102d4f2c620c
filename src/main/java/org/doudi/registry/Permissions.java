package org.doudi.registry;

/** What the signed-in actor may do in the registry (inside their region): change it, see full ID numbers. */
public record Permissions(boolean write, boolean revealIdNumbers) {
}
