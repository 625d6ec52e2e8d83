package it.mestieri.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.util.ReflectionTestUtils;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Site;
import it.mestieri.centre.SiteBuilder;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.shared.CentreClock;

/**
 * The priority rule ({@code mestieri.reception.priority-advance}): a priority ticket is
 * queued as if its visitor had checked in that much earlier, so it goes before every
 * ordinary ticket that checked in less than the advance before it, and after those who
 * have waited longer. The queue is ordered by that key ({@code Queues.head}).
 */
class PriorityRuleTest {

	static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
	static final Area LAVORO = new Area(new AreaId(1), "LAVORO", "Cercare lavoro", "Looking for work", "L", "#0b4f8a",
			null, true);

	@Test
	void anOrdinaryTicketIsQueuedAtItsCheckInTime() {
		assertThat(queueKeyOfACheckIn(false, Duration.ofMinutes(30))).isEqualTo(NOW);
	}

	@Test
	void aPriorityTicketIsQueuedTheConfiguredAdvanceEarlier() {
		assertThat(queueKeyOfACheckIn(true, Duration.ofMinutes(30))).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
		assertThat(queueKeyOfACheckIn(true, Duration.ofMinutes(10))).isEqualTo(NOW.minus(Duration.ofMinutes(10)));
	}

	@Test
	void anAdvanceOfZeroTurnsPriorityOff() {
		assertThat(queueKeyOfACheckIn(true, Duration.ZERO)).isEqualTo(NOW);
	}

	/**
	 * Checks a visitor in with the collaborators of {@link Reception} stubbed, and
	 * returns the queue key saved.
	 */
	private static Instant queueKeyOfACheckIn(boolean priority, Duration advance) {
		Visits visits = mock(Visits.class);
		TicketCounter tickets = mock(TicketCounter.class);
		Queues queues = mock(Queues.class);
		DeskHolders holders = mock(DeskHolders.class);
		CentreDirectory centre = mock(CentreDirectory.class);
		Site site = SiteBuilder.likeRome();
		when(centre.onlySite()).thenReturn(Optional.of(site));
		when(centre.site(any())).thenReturn(site);
		when(centre.requireArea("LAVORO")).thenReturn(LAVORO);
		when(centre.desks(any())).thenReturn(List.of());
		when(tickets.next(anyLong(), anyLong(), any())).thenReturn(1);
		when(queues.position(anyLong(), anyLong(), any(), anyLong())).thenReturn(1);
		when(queues.meanServiceTime(anyLong())).thenReturn(Duration.ofMinutes(15));
		AtomicReference<Visit> saved = new AtomicReference<>();
		when(visits.save(any(Visit.class))).thenAnswer(invocation -> {
			Visit visit = invocation.getArgument(0);
			ReflectionTestUtils.setField(visit, "id", 1L);
			saved.set(visit);
			return visit;
		});
		ReceptionProperties properties = new ReceptionProperties(advance, Duration.ofMinutes(15), 20,
				Duration.ofDays(14), 8, 4, 60, 500, 20);
		Reception reception = new Reception(visits, tickets, queues, holders, centre, mock(StaffDirectory.class),
				new CentreClock(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Rome")), properties,
				mock(ApplicationEventPublisher.class));
		CheckIn checkIn = new CheckIn(null, "LAVORO", null, null, null, null, null, null, null, null, null, null,
				priority);

		VisitView visit = reception.checkIn(checkIn, Channel.RECEPTION);

		assertThat(visit.priority()).isEqualTo(priority);
		assertThat(saved.get().checkedInAt()).isEqualTo(NOW);
		return saved.get().queueKey();
	}

}
