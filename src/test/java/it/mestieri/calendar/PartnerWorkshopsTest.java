package it.mestieri.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.mestieri.partners.Partner;
import it.mestieri.partners.PartnerId;
import it.mestieri.partners.Partners;
import it.mestieri.testing.MestieriModuleTest;
import it.mestieri.testing.MutableClock;

/**
 * The workshops a partner ran, as committed against delivered counts them: workshop
 * events it organised, started on the days asked for, not cancelled, already started (the
 * clock stands at Tuesday 10 March 2026, 10:30). The calendar module with the modules it
 * reads, without the rest of the application.
 */
@MestieriModuleTest
class PartnerWorkshopsTest {

	@Autowired
	PartnerWorkshops workshops;

	@Autowired
	Events events;

	@Autowired
	Partners partners;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void atTuesdayMorning() {
		clock.reset();
	}

	@AfterEach
	void removeTheTestsEvents() {
		jdbc.sql("delete from events_event where title not like '%(esempio)'").update();
	}

	long partner(String name) {
		return partners.all()
			.stream()
			.filter(partner -> partner.name().equals(name))
			.map(Partner::id)
			.findFirst()
			.orElseThrow()
			.value();
	}

	void event(String kind, long partner, String startsAt, String endsAt, boolean cancelled) {
		events.create(new Events.Draft(EventKind.valueOf(kind), "Conteggio " + kind + " " + startsAt, null,
				instant(startsAt), instant(endsAt), "Sala", null, partner, Set.of(), null, false, cancelled));
	}

	private static java.time.Instant instant(String local) {
		return LocalDateTime.parse(local).atZone(MutableClock.ROME).toInstant();
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

		clock.setTo(LocalDateTime.of(2026, 3, 10, 16, 0));

		assertThat(workshops.between(partner, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
			.as("the afternoon's workshop once it starts")
			.isEqualByComparingTo(BigDecimal.valueOf(3));
	}

}
