package it.mestieri.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;

/**
 * The delivery pages and CSV exports, as the coordinator and a partner's coordinator see
 * them.
 */
class DeliveryPagesTest extends ApiTestBase {

	static final String TODAY = "from=2026-03-10&to=2026-03-10";

	Browser as(String username) throws Exception {
		Browser browser = new Browser(port);
		browser.logIn(username, password);
		return browser;
	}

	long partner(String name) {
		List<Number> ids = api.anonymous().get("/api/v1/partners").read("$[?(@.name == '" + name + "')].id");
		return ids.get(0).longValue();
	}

	@Test
	void theCoordinatorSeesEveryPartnerWithShortfallsHighlighted() throws Exception {
		HttpResponse<String> page = as("coordinator").get("/delivery?" + TODAY);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Solco Roma", "Consorzio Idea Agenzia per il Lavoro", "Regione Lazio",
				"Tutto il centro", "delivery-shortfall", "impegni non rispettati", "Scarica in CSV");
	}

	@Test
	void aPartnerPageShowsTheCommitmentsTheCounsellorsAndTheCentreTotals() throws Exception {
		long desk = take("counsellor", desk("LAVORO", 0));
		clock.advance(Duration.ofHours(2));
		api.as("counsellor").post("/api/v1/desks/" + desk + "/release");

		HttpResponse<String> page = as("coordinator")
			.get("/delivery/partners/" + partner("Consorzio Idea Agenzia per il Lavoro") + "?" + TODAY);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Ore di consulenza", ": Cercare lavoro", "12 a settimana",
				"Marco (consulente)", "Rispettato", "role=\"progressbar\"", "Realizzato il 117 per cento");
	}

	@Test
	void aPartnerCoordinatorIsTakenToTheirOwnPartnerAndKeptFromOthers() throws Exception {
		Browser elena = as("partnercoord");

		HttpResponse<String> redirect = elena.get("/delivery?" + TODAY);
		assertThat(redirect.statusCode()).isEqualTo(302);
		String own = "/delivery/partners/" + partner("Solco Roma") + "?" + TODAY;
		assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(own));
		HttpResponse<String> overview = elena.get(own);
		assertThat(overview.body()).contains("Solco Roma", "Tutto il centro")
			.doesNotContain("Consorzio Idea", "Regione Lazio");

		HttpResponse<String> other = elena.get("/delivery/partners/" + partner("Regione Lazio") + "?" + TODAY);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("Regione Lazio");

		HttpResponse<String> csv = elena.get("/delivery/export.csv?" + TODAY);
		assertThat(csv.body()).contains("Solco Roma").doesNotContain("Consorzio Idea", "Regione Lazio");
	}

	@Test
	void theCsvOpensInASpreadsheetSetToItalianWithItsHeaderAndOneRowPerCommitment() throws Exception {
		HttpResponse<String> csv = as("coordinator").get("/delivery/export.csv?from=2026-01-01&to=2026-03-31");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains("attachment", "delivery-2026-01-01-2026-03-31.csv"));
		assertThat(csv.body()).startsWith("\uFEFF");
		String[] rows = csv.body().substring(1).split("\r\n");
		assertThat(rows[0]).isEqualTo("Partner;Dal;Al;Tipo di impegno;Area;Unità;Protocolli;Promesso nel periodo;"
				+ "Dovuto a oggi;In turno;Realizzato;Percentuale;Stato");
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(
				"Regione Lazio;2026-01-01;2026-03-31;Denaro;;€;Protocollo d'intesa Città dei Mestieri di Roma (esempio);"
						+ "9856,47;7556,62;;0,00;0;Sotto quanto dovuto"));
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Solco Roma;")
			.contains("Laboratori")
			.endsWith(";0,00;0;Sotto quanto dovuto"));
	}

	@Test
	void anEnglishReaderGetsCommasAndDecimalDots() throws Exception {
		HttpResponse<String> csv = as("coordinator").get("/delivery/export.csv?from=2026-01-01&to=2026-03-31&lang=en");

		assertThat(csv.body()).startsWith("\uFEFF");
		String[] rows = csv.body().substring(1).split("\r\n");
		assertThat(rows[0])
			.isEqualTo("Partner,From,To,Kind of commitment,Area,Unit,Agreements,Committed for the period,"
					+ "Due by today,On the rota,Delivered,Per cent,Status");
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Regione Lazio,2026-01-01,2026-03-31,Money,,€,")
			.contains(",9856.47,7556.62,,0.00,0,Below what is due"));
	}

	@Test
	void aWrongPeriodGivesAPageSayingWhy() throws Exception {
		HttpResponse<String> page = as("coordinator").get("/delivery?from=2026-03-31&to=2026-03-01");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("finisce").doesNotContain("Exception");
		assertThat(as("coordinator").get("/delivery?from=ieri&to=oggi").statusCode()).isEqualTo(400);
	}

}
