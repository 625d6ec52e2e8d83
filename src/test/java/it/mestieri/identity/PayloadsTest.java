package it.mestieri.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.CentreSetup;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;
import it.mestieri.testing.Json;

/**
 * Script, HTML and SQL typed into the text fields that are stored (area names, lead
 * partner, staff names) are kept as text and shown escaped, never run or interpreted;
 * typed into the fields that are looked up (area, topic, municipio, visitor card) they
 * are refused with a 4xx.
 */
class PayloadsTest extends ApiTestBase {

	static final String SCRIPT = "<script>alert(\"xss\")</script>";
	static final String HTML = "<b onmouseover=alert(1)>bold</b>";
	static final String SQL = "x'); drop table reception_visit; --";

	@Autowired
	CentreDirectory centre;

	@Autowired
	CentreSetup setup;

	@Autowired
	StaffDirectory staff;

	Area original;

	@AfterEach
	void restoreTheArea() {
		if (original != null) {
			setup.updateArea(original.id(), original.nameIt(), original.nameEn(), original.colour(),
					original.leadPartner(), original.walkIn());
		}
	}

	@Test
	void storedTextIsShownEscapedOnEveryPageAndReturnedAsTextByTheApi() throws Exception {
		original = centre.area("INCLUSIONE").orElseThrow();
		Browser coordinator = new Browser(port);
		coordinator.logIn("coordinator", password);

		HttpResponse<String> saved = coordinator.postWithToken("/centre/settings",
				"/centre/areas/" + original.id().value(), Map.of("nameIt", SCRIPT, "nameEn", HTML, "colour",
						original.colour(), "leadPartner", SQL, "walkIn", "false"));

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		for (String page : new String[] { "/centre/settings", "/overview" }) {
			String body = coordinator.get(page).body();
			assertThat(body).as(page).doesNotContain(SCRIPT, "<b onmouseover").contains("&lt;script&gt;alert(");
		}
		String english = coordinator.get("/centre/settings?lang=en").body();
		assertThat(english).doesNotContain("<b onmouseover").contains("&lt;b onmouseover=alert(1)&gt;bold&lt;/b&gt;");
		ApiResponse areas = api.anonymous().get("/api/v1/areas");
		assertThat(areas.body()).contains("\"nameIt\":\"<script>alert(\\\"xss\\\")</script>\"");
		assertThat(database.count("select count(*) from reception_visit")).as("the table SQL tried to drop").isZero();
		assertThat(centre.area("INCLUSIONE").orElseThrow().leadPartner()).isEqualTo(SQL);
	}

	@Test
	void aStaffNameIsShownEscaped() throws Exception {
		String username = "payload-" + System.nanoTime() % 1_000_000;
		staff.create(username, SCRIPT, password, java.util.EnumSet.of(StaffRole.RECEPTION));
		Browser admin = new Browser(port);
		admin.logIn("admin", password);

		String page = admin.get("/admin/staff").body();

		assertThat(page).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
	}

	@Test
	void lookedUpFieldsRefuseScriptAndSqlWithA4xx() {
		for (String field : new String[] { "area", "topic", "municipio", "visitorCard", "gender" }) {
			for (String payload : new String[] { SCRIPT, SQL, HTML }) {
				String body = "area".equals(field) ? Json.of("area", payload)
						: Json.of("area", "LAVORO", field, payload);

				ApiResponse response = api.as("reception").post("/api/v1/visits", body);

				assertThat(response.status()).as(field + " = " + payload + ": " + response).isBetween(400, 499);
				assertThat(response.contentType()).startsWith("application/problem+json");
			}
		}
		assertThat(database.count("select count(*) from reception_visit")).isZero();
	}

	@Test
	void aRefusedValueIsEchoedEscapedOnTheCheckInPage() throws Exception {
		Browser reception = new Browser(port);
		reception.logIn("reception", password);

		HttpResponse<String> refused = reception.postWithToken("/reception", "/reception", Map.of("area", SCRIPT));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).doesNotContain(SCRIPT).contains("&lt;script&gt;");
	}

}
