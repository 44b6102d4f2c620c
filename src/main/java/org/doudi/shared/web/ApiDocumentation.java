package org.doudi.shared.web;

import java.util.Set;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, the two ways to sign in to the API, and schema names that stay apart: request
 * bodies and views are records nested in their module's {@code …Bodies} / {@code …Views} classes, and several
 * share a simple name ({@code Decision}, {@code Publicity}), so a nested record is named
 * {@code Enclosing.Name} ({@code CaseBodies.Decision}, {@code CaseViews.Decision}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    ModelResolver nestedRecordNames() {
        return new ModelResolver(Json.mapper(), new NestedTypeNames());
    }

    static final class NestedTypeNames extends TypeNameResolver {

        @Override
        protected String nameForClass(Class<?> type, Set<Options> options) {
            String name = super.nameForClass(type, options);
            for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
                name = outer.getSimpleName() + "." + name;
            }
            return name;
        }
    }

    @Bean
    OpenAPI doudiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Doudi API").version("v1")
                        .description("兜底 social-assistance platform. Every list and record is limited to the "
                                + "caller's region; errors are application/problem+json naming each bad field."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("personal API token from POST /api/v1/me/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
