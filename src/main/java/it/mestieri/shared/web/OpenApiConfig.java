package it.mestieri.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API's description at /v3/api-docs: what it is for and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI mestieriApi() {
		return new OpenAPI()
			.info(new Info().title("Mestieri API")
				.version("v1")
				.description("The API of a Città dei Mestieri: areas, anonymous walk-in visits, queues, desks and "
						+ "the display board. Staff operations use HTTP Basic; keep the session cookie between calls. "
						+ "Errors are RFC 9457 problem details in the language of Accept-Language (it, en)."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
