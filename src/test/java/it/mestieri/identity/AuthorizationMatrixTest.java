package it.mestieri.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import it.mestieri.testing.MestieriIntegrationTest;

/**
 * Who may call what, for every endpoint the application maps (pages, API, API docs,
 * actuator), for anonymous visitors and for each staff role. The table below is the rule:
 * an endpoint missing from it fails the build, so a new endpoint is allowed only after
 * someone decided who may use it.
 */
@MestieriIntegrationTest
class AuthorizationMatrixTest {

	/** Anyone, logged in or not. */
	static final String PUBLIC = "PUBLIC";

	static final Set<String> STAFF = Set.of("RECEPTION", "COUNSELLOR", "CASE_WORKER", "COORDINATOR",
			"PARTNER_COORDINATOR", "ADMIN");
	static final Set<String> RECEPTION = Set.of("RECEPTION", "COORDINATOR");
	static final Set<String> COUNSELLOR = Set.of("COUNSELLOR");
	static final Set<String> SETTINGS = Set.of("COORDINATOR", "ADMIN");
	static final Set<String> COORDINATOR = Set.of("COORDINATOR");
	static final Set<String> INTERVIEW_READERS = Set.of("COUNSELLOR", "COORDINATOR", "PARTNER_COORDINATOR");
	static final Set<String> ADMIN = Set.of("ADMIN");
	static final Set<String> EVERYONE = Set.of(PUBLIC);
	static final Set<String> PARTNERS_READ = Set.of("COORDINATOR", "PARTNER_COORDINATOR");

	static final Map<String, Set<String>> MATRIX = new TreeMap<>(Map.ofEntries(
			// public pages
			Map.entry("GET /", EVERYONE), Map.entry("GET /wait", EVERYONE), Map.entry("GET /kiosk", EVERYONE),
			Map.entry("POST /kiosk/tickets", EVERYONE), Map.entry("GET /board", EVERYONE),
			Map.entry("GET /board/panel", EVERYONE), Map.entry("GET /login", EVERYONE),
			Map.entry("GET /setup", EVERYONE), Map.entry("POST /setup", EVERYONE), Map.entry("GET /error", EVERYONE),
			// staff pages
			Map.entry("GET /staff", STAFF), Map.entry("GET /staff/password", STAFF),
			Map.entry("POST /staff/password", STAFF), Map.entry("GET /overview", STAFF),
			Map.entry("GET /reception", RECEPTION), Map.entry("POST /reception", RECEPTION),
			Map.entry("GET /reception/tickets/{id}", RECEPTION),
			Map.entry("POST /reception/visits/{id}/leave", RECEPTION),
			Map.entry("POST /reception/visits/{id}/transfer", RECEPTION), Map.entry("GET /desk", COUNSELLOR),
			Map.entry("GET /desk/{id}", COUNSELLOR), Map.entry("POST /desk/{id}/take", COUNSELLOR),
			Map.entry("POST /desk/{id}/release", COUNSELLOR), Map.entry("POST /desk/{id}/call-next", COUNSELLOR),
			Map.entry("POST /desk/{id}/visits/{visit}/start", COUNSELLOR),
			Map.entry("POST /desk/{id}/visits/{visit}/recall", COUNSELLOR),
			Map.entry("POST /desk/{id}/visits/{visit}/finish", COUNSELLOR),
			Map.entry("POST /desk/{id}/visits/{visit}/no-show", COUNSELLOR),
			Map.entry("POST /desk/{id}/visits/{visit}/transfer", COUNSELLOR),
			Map.entry("GET /centre/settings", SETTINGS), Map.entry("POST /centre/sites", SETTINGS),
			Map.entry("POST /centre/sites/{site}/hours", SETTINGS), Map.entry("POST /centre/areas", SETTINGS),
			Map.entry("POST /centre/areas/{area}", SETTINGS), Map.entry("POST /centre/topics", SETTINGS),
			Map.entry("POST /centre/desks", SETTINGS), Map.entry("POST /centre/municipi/rome", SETTINGS),
			Map.entry("GET /partners/hsds", Set.of("COORDINATOR", "PARTNER_COORDINATOR")),
			Map.entry("POST /partners/hsds/import", Set.of("COORDINATOR")), Map.entry("POST /interviews", COUNSELLOR),
			Map.entry("GET /interviews", COUNSELLOR), Map.entry("GET /interviews/{id}", COUNSELLOR),
			Map.entry("POST /interviews/{id}", COUNSELLOR), Map.entry("GET /counselling/resources", COORDINATOR),
			Map.entry("POST /counselling/resources", COORDINATOR),
			Map.entry("POST /counselling/resources/{id}", COORDINATOR),
			Map.entry("POST /counselling/resources/{id}/remove", COORDINATOR), Map.entry("GET /admin/staff", ADMIN),
			Map.entry("POST /admin/staff", ADMIN), Map.entry("POST /admin/staff/{id}", ADMIN),
			// rota: the coordinator's week, the public duty page, each one's shifts and
			// calendar feed
			Map.entry("GET /rota", COORDINATOR), Map.entry("POST /rota/shifts", COORDINATOR),
			Map.entry("POST /rota/shifts/{id}/end", COORDINATOR),
			Map.entry("POST /rota/shifts/{id}/delete", COORDINATOR), Map.entry("POST /rota/exceptions", COORDINATOR),
			Map.entry("POST /rota/exceptions/{id}/delete", COORDINATOR),
			Map.entry("POST /rota/closing-days", COORDINATOR),
			Map.entry("POST /rota/closing-days/{id}/delete", COORDINATOR), Map.entry("GET /duty", EVERYONE),
			Map.entry("GET /duty/mine", STAFF), Map.entry("POST /duty/mine/token", STAFF),
			Map.entry("GET /calendar/{token}.ics", EVERYONE),
			// committed against delivered (a partner coordinator is further limited to
			// their own partner)
			Map.entry("GET /delivery", PARTNERS_READ), Map.entry("GET /delivery/export.csv", PARTNERS_READ),
			Map.entry("GET /delivery/partners/{id}", PARTNERS_READ),
			Map.entry("GET /delivery/partners/{id}/export.csv", PARTNERS_READ),
			Map.entry("GET /api/v1/partners/{id}/delivery", PARTNERS_READ),
			// API
			Map.entry("GET /api/v1/areas", EVERYONE), Map.entry("GET /api/v1/queues", EVERYONE),
			Map.entry("GET /api/v1/board", EVERYONE), Map.entry("GET /api/v1/partners", EVERYONE),
			Map.entry("GET /api/v1/export/hsds", EVERYONE),
			Map.entry("POST /api/v1/import/hsds", Set.of("COORDINATOR")),
			// resources: the classifications (ESCO, CP2011) and their import jobs
			Map.entry("GET /resources/classification", COORDINATOR),
			Map.entry("POST /resources/classification/import", COORDINATOR),
			Map.entry("GET /resources/classification/jobs/{id}", COORDINATOR),
			Map.entry("POST /api/v1/import/esco", COORDINATOR), Map.entry("GET /api/v1/imports/{id}", COORDINATOR),
			// partners and agreements (a partner coordinator is further limited to their
			// own partner)
			Map.entry("GET /partners", PARTNERS_READ), Map.entry("GET /partners/new", PARTNERS_READ),
			Map.entry("POST /partners", COORDINATOR), Map.entry("GET /partners/{id}", PARTNERS_READ),
			Map.entry("POST /partners/{id}", COORDINATOR), Map.entry("POST /partners/{id}/members", COORDINATOR),
			Map.entry("POST /partners/{id}/members/{staffId}/remove", COORDINATOR),
			Map.entry("POST /partners/{id}/contributions", COORDINATOR),
			Map.entry("GET /partners/agreements/new", PARTNERS_READ),
			Map.entry("POST /partners/agreements", COORDINATOR),
			Map.entry("GET /partners/agreements/{id}", PARTNERS_READ),
			Map.entry("POST /partners/agreements/{id}", COORDINATOR),
			Map.entry("POST /partners/agreements/{id}/commitments", COORDINATOR),
			Map.entry("POST /partners/agreements/{id}/commitments/{commitmentId}/remove", COORDINATOR),
			Map.entry("POST /partners/agreements/{id}/documents", COORDINATOR),
			Map.entry("GET /partners/agreements/{id}/documents/{documentId}", PARTNERS_READ),
			// API
			Map.entry("GET /api/v1/partners/{id}", PARTNERS_READ), Map.entry("POST /api/v1/partners", COORDINATOR),
			Map.entry("PUT /api/v1/partners/{id}", COORDINATOR),
			Map.entry("GET /api/v1/partners/{id}/contributions", PARTNERS_READ),
			Map.entry("POST /api/v1/partners/{id}/contributions", COORDINATOR),
			Map.entry("GET /api/v1/agreements", PARTNERS_READ), Map.entry("POST /api/v1/agreements", COORDINATOR),
			Map.entry("GET /api/v1/agreements/{id}", PARTNERS_READ),
			Map.entry("PUT /api/v1/agreements/{id}", COORDINATOR),
			Map.entry("POST /api/v1/agreements/{id}/commitments", COORDINATOR),
			Map.entry("DELETE /api/v1/agreements/{id}/commitments/{commitmentId}", COORDINATOR),
			Map.entry("POST /api/v1/agreements/{id}/documents", COORDINATOR),
			Map.entry("GET /api/v1/agreements/{id}/documents/{documentId}", PARTNERS_READ),
			Map.entry("POST /api/v1/visits", RECEPTION), Map.entry("GET /api/v1/visits/{id}", STAFF),
			Map.entry("POST /api/v1/visits/{id}/leave", RECEPTION),
			Map.entry("POST /api/v1/visits/{id}/transfer", Set.of("RECEPTION", "COUNSELLOR", "COORDINATOR")),
			Map.entry("POST /api/v1/visits/{id}/start", COUNSELLOR),
			Map.entry("POST /api/v1/visits/{id}/recall", COUNSELLOR),
			Map.entry("POST /api/v1/visits/{id}/finish", COUNSELLOR),
			Map.entry("POST /api/v1/visits/{id}/no-show", COUNSELLOR), Map.entry("GET /api/v1/desks", STAFF),
			Map.entry("POST /api/v1/desks/{deskId}/take", COUNSELLOR),
			Map.entry("POST /api/v1/desks/{deskId}/release", COUNSELLOR),
			Map.entry("POST /api/v1/desks/{deskId}/call-next", COUNSELLOR), Map.entry("GET /api/v1/shifts", STAFF),
			Map.entry("GET /api/v1/shifts/{id}", STAFF), Map.entry("POST /api/v1/shifts", COORDINATOR),
			Map.entry("PUT /api/v1/shifts/{id}", COORDINATOR), Map.entry("DELETE /api/v1/shifts/{id}", COORDINATOR),
			Map.entry("POST /api/v1/rota/exceptions", COORDINATOR),
			Map.entry("GET /api/v1/rota/exceptions", COORDINATOR),
			Map.entry("DELETE /api/v1/rota/exceptions/{id}", COORDINATOR),
			Map.entry("POST /api/v1/rota/closing-days", COORDINATOR),
			Map.entry("DELETE /api/v1/rota/closing-days/{id}", COORDINATOR),
			Map.entry("GET /api/v1/rota/gaps", COORDINATOR), Map.entry("GET /api/v1/rota/off-rota-takes", COORDINATOR),
			Map.entry("GET /api/v1/rota/counsellors", COORDINATOR), Map.entry("GET /api/v1/rota/today", EVERYONE),
			Map.entry("GET /api/v1/rota/week", EVERYONE), Map.entry("POST /api/v1/interviews", COUNSELLOR),
			Map.entry("GET /api/v1/interviews", INTERVIEW_READERS),
			Map.entry("GET /api/v1/interviews/{id}", INTERVIEW_READERS),
			Map.entry("PUT /api/v1/interviews/{id}", COUNSELLOR),
			Map.entry("GET /api/v1/interviews/{id}/history", INTERVIEW_READERS),
			// the catalogue: the coordinator's pages, the public item pages, the API
			// (reads public, writes COORDINATOR)
			Map.entry("GET /resources", COORDINATOR),
			Map.entry("GET /resources/{kind:courses|offers|documents|guides}", COORDINATOR),
			Map.entry("POST /resources/{kind:courses|offers|documents|guides}", COORDINATOR),
			Map.entry("GET /resources/{kind:courses|offers|documents|guides}/new", COORDINATOR),
			Map.entry("GET /resources/{kind:courses|offers|documents|guides}/{id}", COORDINATOR),
			Map.entry("POST /resources/{kind:courses|offers|documents|guides}/{id}", COORDINATOR),
			Map.entry("GET /resources/{kind:courses|offers|documents|guides}/{id}/delete", COORDINATOR),
			Map.entry("POST /resources/{kind:courses|offers|documents|guides}/{id}/delete", COORDINATOR),
			Map.entry("GET /resources/import", COORDINATOR), Map.entry("POST /resources/import", COORDINATOR),
			Map.entry("GET /resources/import/{job}", COORDINATOR), Map.entry("GET /courses/{id}", EVERYONE),
			Map.entry("GET /offers/{id}", EVERYONE), Map.entry("GET /documents/{id}", EVERYONE),
			Map.entry("GET /guides/{id}", EVERYONE), Map.entry("GET /api/v1/courses", EVERYONE),
			Map.entry("GET /api/v1/courses/{id}", EVERYONE), Map.entry("POST /api/v1/courses", COORDINATOR),
			Map.entry("PUT /api/v1/courses/{id}", COORDINATOR), Map.entry("DELETE /api/v1/courses/{id}", COORDINATOR),
			Map.entry("GET /api/v1/job-offers", EVERYONE), Map.entry("GET /api/v1/job-offers/{id}", EVERYONE),
			Map.entry("POST /api/v1/job-offers", COORDINATOR), Map.entry("PUT /api/v1/job-offers/{id}", COORDINATOR),
			Map.entry("DELETE /api/v1/job-offers/{id}", COORDINATOR), Map.entry("GET /api/v1/documents", EVERYONE),
			Map.entry("GET /api/v1/documents/{id}", EVERYONE), Map.entry("POST /api/v1/documents", COORDINATOR),
			Map.entry("PUT /api/v1/documents/{id}", COORDINATOR),
			Map.entry("DELETE /api/v1/documents/{id}", COORDINATOR), Map.entry("GET /api/v1/guides", EVERYONE),
			Map.entry("GET /api/v1/guides/{id}", EVERYONE), Map.entry("POST /api/v1/guides", COORDINATOR),
			Map.entry("PUT /api/v1/guides/{id}", COORDINATOR), Map.entry("DELETE /api/v1/guides/{id}", COORDINATOR),
			Map.entry("GET /api/v1/export/jsonld", EVERYONE), Map.entry("POST /api/v1/import/jsonld", COORDINATOR),
			// resources: one search, occupation sheets, usage figures
			Map.entry("GET /search", EVERYONE), Map.entry("GET /search/suggest", EVERYONE),
			Map.entry("GET /occupations/{id}", EVERYONE), Map.entry("GET /occupations/by-uri", EVERYONE),
			Map.entry("GET /resources/usage", COORDINATOR), Map.entry("GET /api/v1/search", EVERYONE),
			Map.entry("GET /api/v1/search/suggest", EVERYONE), Map.entry("GET /api/v1/occupations/{id}", EVERYONE),
			Map.entry("POST /api/v1/search/index", COORDINATOR), Map.entry("GET /api/v1/search/usage", COORDINATOR),
			// events: the public calendar and event pages, the coordinator's pages, the
			// API (reads public, writes COORDINATOR)
			Map.entry("GET /events", EVERYONE), Map.entry("GET /events/{id}", EVERYONE),
			Map.entry("GET /events/manage", COORDINATOR), Map.entry("POST /events/manage", COORDINATOR),
			Map.entry("GET /events/manage/new", COORDINATOR), Map.entry("GET /events/manage/{id}", COORDINATOR),
			Map.entry("POST /events/manage/{id}", COORDINATOR),
			Map.entry("GET /events/manage/{id}/cancel", COORDINATOR),
			Map.entry("POST /events/manage/{id}/cancel", COORDINATOR), Map.entry("GET /api/v1/events", EVERYONE),
			Map.entry("GET /api/v1/events/{id}", EVERYONE), Map.entry("POST /api/v1/events", COORDINATOR),
			Map.entry("PUT /api/v1/events/{id}", COORDINATOR), Map.entry("DELETE /api/v1/events/{id}", COORDINATOR),
			// API description
			Map.entry("GET /v3/api-docs", EVERYONE), Map.entry("GET /v3/api-docs.yaml", EVERYONE),
			Map.entry("GET /v3/api-docs/swagger-config", EVERYONE), Map.entry("GET /swagger-ui.html", EVERYONE),
			// actuator
			Map.entry("GET /actuator", ADMIN), Map.entry("GET /actuator/health", EVERYONE),
			Map.entry("GET /actuator/health/**", EVERYONE), Map.entry("GET /actuator/info", EVERYONE),
			Map.entry("GET /actuator/prometheus", ADMIN)));

	@Autowired
	ApplicationContext context;

	@Autowired
	WebInvocationPrivilegeEvaluator privileges;

	@Test
	void everyMappedEndpointIsInTheTable() {
		Set<String> mapped = mappedEndpoints();

		assertThat(new TreeSet<>(mapped))
			.as("endpoints the application maps but the table does not decide; "
					+ "add them to AuthorizationMatrixTest.MATRIX")
			.isSubsetOf(MATRIX.keySet());
		assertThat(new TreeSet<>(MATRIX.keySet())).as("endpoints in the table that the application no longer maps")
			.isSubsetOf(mapped);
	}

	@Test
	void eachRoleAndAnonymousGetExactlyWhatTheTableSays() {
		List<String> wrong = new ArrayList<>();
		for (var row : MATRIX.entrySet()) {
			String method = row.getKey().substring(0, row.getKey().indexOf(' '));
			String uri = row.getKey()
				.substring(method.length() + 1)
				// a variable limited to words takes the first (/resources/courses), any
				// other a number
				.replaceAll("\\{\\w+:([a-z-]+)[^}]*}", "$1")
				.replaceAll("\\{[^}]+}", "1")
				.replace("/**", "/liveness");
			for (String who : whoever()) {
				boolean expected = row.getValue().contains(PUBLIC) || row.getValue().contains(who);
				boolean allowed = privileges.isAllowed("", uri, method, authentication(who));
				if (allowed != expected) {
					wrong.add("%s as %s: %s, table says %s".formatted(row.getKey(), who, allowed ? "allowed" : "denied",
							expected ? "allowed" : "denied"));
				}
			}
		}
		assertThat(wrong).as("security rules that differ from the table").isEmpty();
	}

	@Test
	void theTableItselfIsSane() {
		MATRIX.forEach((endpoint, allowed) -> assertThat(allowed).as(endpoint)
			.isNotEmpty()
			.allSatisfy(who -> assertThat(who).isIn(allowedNames())));
		assertThat(EnumSet.allOf(StaffRole.class).stream().map(Enum::name)).containsExactlyInAnyOrderElementsOf(STAFF);
	}

	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						endpoints.add("GET " + pattern);
					}
					methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
				}
			}
		}
		return endpoints;
	}

	/** What a row of the table may name: PUBLIC or a staff role. */
	private static Object[] allowedNames() {
		Set<String> names = new TreeSet<>(STAFF);
		names.add(PUBLIC);
		return names.toArray();
	}

	/** An anonymous visitor and each staff role. */
	private static List<String> whoever() {
		List<String> all = new ArrayList<>(List.of("ANONYMOUS"));
		all.addAll(new TreeSet<>(STAFF));
		return all;
	}

	private static Authentication authentication(String who) {
		if ("ANONYMOUS".equals(who)) {
			return new AnonymousAuthenticationToken("matrix", "anonymous",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		}
		return UsernamePasswordAuthenticationToken.authenticated(who.toLowerCase(), null,
				AuthorityUtils.createAuthorityList("ROLE_" + who));
	}

}
