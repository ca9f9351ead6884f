package cn.finegov.kernel.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The suite's REST application. Resources of every installed module are found by scanning; a
 * module's resources carry {@link cn.finegov.kernel.api.module.ModuleApi}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "City governance suite API",
            version = "v1",
            description =
                "REST API of the fine-grained city governance suite. Errors are RFC 9457 problem details"
                    + " (application/problem+json) with a message in the language of Accept-Language."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class GovernanceApi extends Application {}
