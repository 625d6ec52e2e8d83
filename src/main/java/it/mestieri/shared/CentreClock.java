package it.mestieri.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The centre's time: instants from a {@link Clock} (a bean when one is defined, as tests
 * do), days and hours in the centre's time zone. Instants are cut to microseconds, as
 * databases keep them.
 */
@Component
public class CentreClock {

	private final Clock clock;

	private final ZoneId zone;

	@Autowired
	CentreClock(ObjectProvider<Clock> clock, @Value("${mestieri.time-zone:Europe/Rome}") String zone) {
		this(clock.getIfAvailable(Clock::systemUTC), ZoneId.of(zone));
	}

	public CentreClock(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	public Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	public LocalDate today() {
		return LocalDate.ofInstant(now(), zone);
	}

	public ZonedDateTime localNow() {
		return now().atZone(zone);
	}

	public ZoneId zone() {
		return zone;
	}

}
