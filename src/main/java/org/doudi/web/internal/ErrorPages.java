package org.doudi.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the pages' controllers let escape becomes an error page. Ordered first so that Spring's
 * problem+json handler, which suits the API, never answers a page request.
 */
@ControllerAdvice(basePackageClasses = ErrorPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

    /** Missing and outside the person's region look the same (the registry makes sure of that). */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return ErrorPage.of(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return ErrorPage.of(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict() {
        return ErrorPage.of(HttpStatus.CONFLICT);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid() {
        return ErrorPage.of(HttpStatus.BAD_REQUEST);
    }

    /** {@code /households/abc} names no household: not found. A bad query parameter is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        return ErrorPage.of(e.getParameter().hasParameterAnnotation(PathVariable.class)
                ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known) {
            return ErrorPage.of(known.getStatusCode());
        }
        return ErrorPage.incident(HttpStatus.INTERNAL_SERVER_ERROR, request.getMethod(), request.getRequestURI(), e);
    }
}
