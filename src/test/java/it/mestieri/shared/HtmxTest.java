package it.mestieri.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;

/**
 * The pages htmx refreshes answer its requests with the part it swaps, and a browser's
 * own request with the whole page; a poll of something gone tells htmx to stop.
 */
class HtmxTest extends ApiTestBase {

	static final String[] HTMX = { "HX-Request", "true" };

	@Test
	void theWaitNowGivesHtmxItsQueuesAndABrowserTheWholePage() throws Exception {
		Browser visitor = new Browser(port);

		assertThat(visitor.get("/wait").body()).contains("<html", "</footer>");
		HttpResponse<String> part = visitor.get("/wait", HTMX);
		assertThat(part.statusCode()).isEqualTo(200);
		assertThat(part.body()).doesNotContain("<html", "<footer").isNotBlank();
	}

	@Test
	void theCoordinatorsOverviewGivesHtmxItsPanel() throws Exception {
		Browser reception = new Browser(port);
		reception.logIn("reception", password);

		assertThat(reception.get("/overview").body()).contains("<html");
		HttpResponse<String> part = reception.get("/overview", HTMX);
		assertThat(part.statusCode()).isEqualTo(200);
		assertThat(part.body()).doesNotContain("<html").isNotBlank();
	}

	@Test
	void pollingAnImportJobARestartForgotTellsHtmxToStop() throws Exception {
		Browser coordinator = new Browser(port);
		coordinator.logIn("coordinator", password);

		assertThat(coordinator.get("/resources/classification/jobs/987654", HTMX).statusCode())
			.isEqualTo(Htmx.STOP_POLLING);
		assertThat(coordinator.get("/resources/classification/jobs/987654").statusCode()).isEqualTo(404);
	}

}
