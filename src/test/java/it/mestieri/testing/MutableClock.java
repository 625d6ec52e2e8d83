package it.mestieri.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the tests move by hand. Registered as the application's {@link Clock} bean, so
 * the centre's time ({@code CentreClock}) is the test's time.
 */
public final class MutableClock extends Clock {

	/** The centre's time zone (the demo centre is in Rome). */
	public static final ZoneId ROME = ZoneId.of("Europe/Rome");

	/** A Tuesday morning while the demo centre is open (Tue–Sat 10–13 and 16–19). */
	public static final LocalDateTime TUESDAY_MORNING = LocalDateTime.of(2026, 3, 10, 10, 30);

	private volatile Instant now;

	public MutableClock() {
		reset();
	}

	/** Back to {@link #TUESDAY_MORNING}. */
	public void reset() {
		setTo(TUESDAY_MORNING);
	}

	/** Sets the clock to a local time of the centre. */
	public void setTo(LocalDateTime localTime) {
		this.now = localTime.atZone(ROME).toInstant();
	}

	public void advance(Duration duration) {
		this.now = now.plus(duration);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock has one zone");
	}

}
