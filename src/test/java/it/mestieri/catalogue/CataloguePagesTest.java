package it.mestieri.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;
import it.mestieri.testing.Json;

/**
 * The coordinator's catalogue pages and the public item pages: a job offer created,
 * edited by two coordinators at once (the second is told, and keeps what they typed),
 * deleted after a confirmation; the public page carries its JSON-LD safely and links the
 * occupation's sheet.
 */
class CataloguePagesTest extends ApiTestBase {

	static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	Browser coordinator() throws Exception {
		Browser browser = new Browser(port);
		browser.logIn("coordinator", password);
		return browser;
	}

	static Map<String, String> offer(String title, String version) {
		Map<String, String> form = new LinkedHashMap<>(Map.of("title", title, "employer", "Forno Monti", "place",
				"Roma, Monti", "contractType", "PERMANENT", "workingTime", "FULL_TIME", "area", "LAVORO", "occupation",
				DemoCatalogue.COOK, "publishedOn", "2026-03-01", "expiresOn", "2026-04-30"));
		if (version != null) {
			form.put("version", version);
		}
		return form;
	}

	@Test
	void aCoordinatorCreatesEditsAndDeletesAnOfferAndAStaleFormKeepsWhatWasTyped() throws Exception {
		Browser first = coordinator();
		HttpResponse<String> created = first.postWithToken("/resources/offers/new", "/resources/offers",
				offer("Panettiere/a di notte", null));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> edit = first.get(path);
		assertThat(edit.body()).contains("Salvato.").contains("Panettiere/a di notte");
		Matcher version = VERSION.matcher(edit.body());
		assertThat(version.find()).isTrue();
		assertThat(first.get("/resources/offers?q=panettiere").body()).contains("Panettiere/a di notte");

		Browser second = coordinator();
		second.get(path);
		assertThat(first.postWithToken(path, path, offer("Panettiere/a (primo)", version.group(1))).statusCode())
			.isEqualTo(302);
		HttpResponse<String> stale = second.postWithToken(path, path,
				offer("Panettiere/a (secondo)", version.group(1)));

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Panettiere/a (primo)").contains("value=\"Panettiere/a (secondo)\"");

		HttpResponse<String> confirm = first.get(path + "/delete");
		assertThat(confirm.body()).contains("Vuoi eliminare").contains("Panettiere/a (primo)");
		assertThat(first.postWithToken(path + "/delete", path + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(first.get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void aPublicPageCarriesItsJsonLdWithNothingThatClosesTheScriptAndLinksTheOccupation() throws Exception {
		long id = api.as("coordinator")
			.post("/api/v1/job-offers",
					Json.of("title", "Cuoco</script><script>alert(1)</script>", "employer", "Osteria & Co", "place",
							"Roma", "contractType", "TEMPORARY", "occupation", DemoCatalogue.COOK, "publishedOn",
							"2026-03-01", "expiresOn", "2026-03-31"))
			.id();

		HttpResponse<String> page = new Browser(port).get("/offers/" + id);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<script type=\"application/ld+json\">")
			.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)")
			.doesNotContain("</script><script>alert")
			.contains("\"@type\":\"JobPosting\"")
			.contains("\"validThrough\":\"2026-03-31\"")
			.contains("href=\"/occupations/by-uri?uri=http://data.europa.eu/esco/occupation/90f75f67");
		HttpResponse<String> english = new Browser(port).get("/offers/" + id + "?lang=en");
		assertThat(english.body()).contains("Temporary or seasonal").contains("Apply by");
		assertThat(new Browser(port).get("/courses/1").body()).contains("\"@type\":\"Course\"");
		assertThat(new Browser(port).get("/guides/1").body()).contains("\"@type\":\"HowTo\"");
		assertThat(new Browser(port).get("/documents/1").body()).contains("\"@type\":\"Book\"");
		assertThat(new Browser(port).get("/offers/999999").statusCode()).isEqualTo(404);
	}

	@Test
	void theImportPageStartsAJobAndShowsWhatItDidOrRefusesABadFileInPlace() throws Exception {
		Browser browser = coordinator();
		String file = """
				{"@context": "https://schema.org", "@type": "Course", "name": "Corso importato dalla pagina",
				 "provider": {"@type": "Organization", "name": "Regione Lazio"}, "url": "https://example.org/corsi/pagina"}""";

		HttpResponse<String> started = browser.postFileWithToken("/resources/import", "/resources/import", "file",
				"corsi.jsonld", "application/ld+json", file.getBytes(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		String job = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(job).matches("/resources/import/\\d+");
		String page = browser.get(job).body();
		for (int i = 0; i < 200 && !page.contains("Conclusa."); i++) {
			Thread.sleep(50);
			page = browser.get(job).body();
		}
		assertThat(page).contains("Aggiunti: 1;").doesNotContain("hx-get");
		assertThat(api.anonymous().get("/api/v1/courses?q=importato+dalla+pagina").text("$.items[0].providerName"))
			.isEqualTo("Regione Lazio");

		HttpResponse<String> refused = browser.postFileWithToken("/resources/import", "/resources/import", "file",
				"rotto.jsonld", "application/ld+json", "[{\"@type\": \"Course\"}]".getBytes());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Elemento n. 1").contains("manca il nome");
	}

	@Test
	void theCatalogueHomeCountsEachKindAndLinksTheClassifications() throws Exception {
		HttpResponse<String> home = coordinator().get("/resources");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Corsi di formazione")
			.contains("aperte oggi")
			.contains("href=\"/resources/classification\"")
			.contains("href=\"/resources/import\"");
		HttpResponse<String> expired = coordinator().get("/resources/offers?expired=true&q=esempio");
		assertThat(expired.body()).contains("Magazziniere/a").contains("Scaduta");
		assertThat(coordinator().get("/resources/offers?q=esempio").body()).doesNotContain("Magazziniere/a");
	}

}
