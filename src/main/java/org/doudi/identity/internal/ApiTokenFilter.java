package org.doudi.identity.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer doudi_…} on {@code /api/**}: a personal API token stands for its owner. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final UserStore users;
    private final Clock clock;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenFilter(ApiTokens tokens, UserStore users, Clock clock, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            chain.doFilter(request, response);
            return;
        }
        var owner = tokens.ownerOf(header.substring("Bearer ".length()).trim())
                .flatMap(users::findById)
                .filter(a -> a.enabled() && !a.lockedAt(clock.instant()));
        if (owner.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid, expired or revoked token"));
            return;
        }
        SignedInUser user = new SignedInUser(owner.get(), clock.instant());
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
