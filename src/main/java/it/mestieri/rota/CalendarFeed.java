package it.mestieri.rota;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Site;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.shared.CentreClock;

/**
 * Each member of staff's calendar feed of their shifts (RFC 5545), at an address with a
 * secret token. Every occurrence is one VEVENT whose UID is the shift and the date, so a
 * change updates the event in the counsellor's calendar (higher SEQUENCE) instead of
 * adding another.
 */
@Service
@Transactional
class CalendarFeed {

	static final int WEEKS_BACK = 4;
	static final int WEEKS_AHEAD = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final RotaStore store;

	private final Rota rota;

	private final CentreDirectory centre;

	private final CentreClock clock;

	private final MessageSource messages;

	private final StaffDirectory staff;

	CalendarFeed(RotaStore store, Rota rota, CentreDirectory centre, CentreClock clock, MessageSource messages,
			StaffDirectory staff) {
		this.staff = staff;
		this.store = store;
		this.rota = rota;
		this.centre = centre;
		this.clock = clock;
		this.messages = messages;
	}

	/** The member of staff's token, made on first use. */
	String token(StaffId staff) {
		return store.token(staff).orElseGet(() -> reset(staff));
	}

	/** A new token: the old address stops working. */
	String reset(StaffId staff) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		store.saveToken(staff, token, clock.now());
		return token;
	}

	@Transactional(readOnly = true)
	Optional<String> feed(String token, Locale locale) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		return store.staffOfToken(token).filter(this::mayLogIn).map(staff -> write(staff, locale));
	}

	/** A disabled account's feed answers nothing, as its logins do. */
	private boolean mayLogIn(StaffId staff) {
		return this.staff.find(staff).map(StaffMember::enabled).orElse(false);
	}

	private String write(StaffId staff, Locale locale) {
		LocalDate today = clock.today();
		Instant stamp = clock.now();
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Mestieri//Rota//" + locale.getLanguage().toUpperCase(Locale.ROOT));
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "X-WR-CALNAME:" + text(message("rota.calendar.name", locale)));
		for (ShiftOccurrence occurrence : rota.occurrencesOf(staff, today.minusWeeks(WEEKS_BACK),
				today.plusWeeks(WEEKS_AHEAD))) {
			boolean cancelled = occurrence.cancelled() || !occurrence.hasOnDuty(staff);
			String area = centre.area(occurrence.area()).name(locale);
			String desk = centre.desk(occurrence.desk()).name();
			Site site = centre.site(occurrence.site());
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:shift-" + occurrence.shiftId().value() + "-" + DATE.format(occurrence.date()) + "@mestieri");
			line(ics, "DTSTAMP:" + UTC.format(stamp));
			line(ics, "DTSTART:" + UTC.format(occurrence.start()));
			line(ics, "DTEND:" + UTC.format(occurrence.end()));
			line(ics, "SEQUENCE:" + occurrence.sequence());
			line(ics, "LAST-MODIFIED:" + UTC.format(occurrence.lastModified()));
			line(ics, "SUMMARY:" + text(message("rota.calendar.summary", locale, area, desk)));
			line(ics, "LOCATION:" + text(site.name() + ", " + site.address()));
			StringBuilder description = new StringBuilder(message("rota.calendar.description", locale, area, desk));
			occurrence.counsellors()
				.forEach(c -> description.append('\n')
					.append(c.name())
					.append(c.partnerName() == null ? "" : " (" + c.partnerName() + ")"));
			if (occurrence.closedFor() != null) {
				description.append('\n').append(occurrence.closedFor());
			}
			line(ics, "DESCRIPTION:" + text(description.toString()));
			line(ics, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
			line(ics, "TRANSP:OPAQUE");
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/**
	 * A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545, 3.3.11).
	 */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Appends a content line folded at 75 octets, never inside a UTF-8 character, ended
	 * by CRLF.
	 */
	static void line(StringBuilder ics, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				ics.append("\r\n ");
				octets = 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
