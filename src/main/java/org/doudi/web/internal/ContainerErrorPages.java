package org.doudi.web.internal;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that reach the servlet container's {@code /error} dispatch (a 403 from the security
 * filters, a failure in a filter) rendered as the same error page for browsers. Replaces Spring
 * Boot's resolver, so the white-label page never shows.
 */
@Component
class ContainerErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status.is5xxServerError()) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            return ErrorPage.incident(status, request.getMethod(), String.valueOf(uri),
                    failure instanceof Throwable t ? t : null);
        }
        return ErrorPage.of(status);
    }
}
