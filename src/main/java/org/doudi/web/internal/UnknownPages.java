package org.doudi.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request that reached no controller at all (an unknown address, a wrong method) gets the error
 * page, not Spring's problem+json, unless it is an API request: those keep their problem+json.
 * Runs before the resolvers of the controller advice, which only the API should see here.
 */
@Component
class UnknownPages implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        boolean reachedController = handler instanceof HandlerMethod;
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (reachedController || api || !(e instanceof ErrorResponse known)) {
            return null;
        }
        return ErrorPage.of(known.getStatusCode());
    }

    @Override
    public int getOrder() {
        return -1;
    }
}
