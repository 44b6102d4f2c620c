package org.doudi.shared.web;

/** One bad field (or row) of a request: the field's path as the client sent it, and what is wrong. */
public record FieldProblem(String field, String message) {
}
