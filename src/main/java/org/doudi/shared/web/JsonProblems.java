package org.doudi.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.databind.DatabindException;

/** Names the field of a JSON body that could not be read (wrong type, bad date, unknown enum value). */
final class JsonProblems {

    private JsonProblems() {
    }

    static FieldProblem describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException db && !db.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : db.getPath()) {
                if (ref.getPropertyName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return new FieldProblem(path.toString(), "has a value of the wrong form: " + db.getOriginalMessage());
        }
        return new FieldProblem("body", "is not valid JSON");
    }
}
