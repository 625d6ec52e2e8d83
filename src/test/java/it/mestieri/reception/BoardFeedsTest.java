package it.mestieri.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;

/**
 * Anyone may open the hall display's live feed, so the feeds are capped: past the cap for
 * one address (8 in the tests) the next is refused at once with 429 and a reason, holding
 * nothing, while another address still gets one.
 */
class BoardFeedsTest extends ApiTestBase {

	@Test
	void pastTheCapForOneAddressTheNextFeedIsRefusedAtOnce() {
		List<Stream<String>> open = new ArrayList<>();
		try {
			for (int feed = 0; feed < 8; feed++) {
				open.add(api.anonymous().header("X-Forwarded-For", "198.51.100.80").eventStream("/api/v1/board"));
			}

			ApiResponse refused = api.anonymous()
				.header("X-Forwarded-For", "198.51.100.80")
				.header("Accept", "text/event-stream")
				.inEnglish()
				.get("/api/v1/board");
			Stream<String> elsewhere = api.anonymous()
				.header("X-Forwarded-For", "198.51.100.81")
				.eventStream("/api/v1/board");
			open.add(elsewhere);

			assertThat(refused.status()).isEqualTo(429);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.text("$.detail")).startsWith("Too many live boards are open from this address");
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
		}
		finally {
			open.forEach(Stream::close);
		}
	}

	@Test
	void pastTheCapInAllEveryAddressIsRefused() {
		Board board = new Board(null, new ReceptionProperties(null, null, 0, null, 8, 4, 60, 2, 5));
		board.subscribe("198.51.100.1");
		board.subscribe("198.51.100.2");

		assertThat(org.assertj.core.api.Assertions
			.catchThrowableOfType(Board.Full.class, () -> board.subscribe("198.51.100.3"))
			.perAddress()).isFalse();
		board.stop();
	}

}
