package it.mestieri.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.partners.PartnerId;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Json;

/**
 * The workshops a partner ran, as committed against delivered counts them: workshop
 * events it organised, started on the days asked for, not cancelled, already started (the
 * clock stands at Tuesday 10 March 2026, 10:30).
 */
class PartnerWorkshopsTest extends ApiTestBase {

	@Autowired
	PartnerWorkshops workshops;

	@AfterEach
	void removeTheTestsEvents() {
		database.jdbc().sql("delete from events_event where title not like '%(esempio)'").update();
	}

	long partner(String name) {
		List<Number> ids = api.anonymous().get("/api/v1/partners").read("$[?(@.name == '" + name + "')].id");
		return ids.get(0).longValue();
	}

	void event(String kind, long partner, String startsAt, String endsAt, boolean cancelled) {
		ApiResponse created = api.as("coordinator")
			.post("/api/v1/events", Json.of("kind", kind, "title", "Conteggio " + kind + " " + startsAt, "startsAt",
					startsAt, "endsAt", endsAt, "place", "Sala", "organiserPartner", partner, "cancelled", cancelled));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	@Test
	void aPartnersWorkshopsCountOnceStartedAndNotCancelled() {
		long solco = partner("Solco Roma");
		long idea = partner("Consorzio Idea Agenzia per il Lavoro");
		event("WORKSHOP", solco, "2026-02-20T10:00", "2026-02-20T12:00", false);
		event("WORKSHOP", solco, "2026-03-05T10:00", "2026-03-05T12:00", false);
		event("WORKSHOP", solco, "2026-03-10T10:00", "2026-03-10T12:00", false);
		event("WORKSHOP", solco, "2026-03-10T16:00", "2026-03-10T18:00", false);
		event("WORKSHOP", solco, "2026-03-04T10:00", "2026-03-04T12:00", true);
		event("CLUB", solco, "2026-03-06T17:00", "2026-03-06T18:00", false);
		event("WORKSHOP", idea, "2026-03-06T10:00", "2026-03-06T12:00", false);

		PartnerId partner = new PartnerId(solco);
		assertThat(workshops.between(partner, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
			.as("the one on 5 March and the one in progress; not the one this afternoon, the cancelled one, the club")
			.isEqualByComparingTo(BigDecimal.valueOf(2));
		assertThat(workshops.between(partner, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)))
			.isEqualByComparingTo(BigDecimal.valueOf(3));
		assertThat(workshops.between(partner, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9))).isZero();
		assertThat(workshops.between(partner, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))).isZero();
		assertThat(workshops.between(new PartnerId(idea), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
			.isEqualByComparingTo(BigDecimal.ONE);

		clock.setTo(java.time.LocalDateTime.of(2026, 3, 10, 16, 0));

		assertThat(workshops.between(partner, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
			.as("the afternoon's workshop once it starts")
			.isEqualByComparingTo(BigDecimal.valueOf(3));
	}

}
