package it.mestieri.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.partners.PartnerId;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * The workshops a partner ran, for committed against delivered: workshop events it
 * organised that started on the days asked for (in the centre's time zone), were not
 * cancelled and have started by now (one planned for later in the period is not delivered
 * yet).
 */
@Component
@Transactional(readOnly = true)
public class PartnerWorkshops {

	private final Events events;

	private final CentreClock clock;

	PartnerWorkshops(Events events, CentreClock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The workshops the partner ran on the days {@code from} to {@code to}, both
	 * included.
	 */
	public BigDecimal between(PartnerId partner, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw DomainException.invalid("events.period.days");
		}
		Instant start = from.atStartOfDay(clock.zone()).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(clock.zone()).toInstant();
		Instant startedBy = clock.now().plus(1, ChronoUnit.MICROS);
		Instant before = end.isBefore(startedBy) ? end : startedBy;
		if (!before.isAfter(start)) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal
			.valueOf(events.count(new Events.Filter(start, before, null, null, EventKind.WORKSHOP, null,
					partner.value(), false, false)))
			.setScale(2);
	}

}
