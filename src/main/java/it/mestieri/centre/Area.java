package it.mestieri.centre;

import java.util.Locale;

/**
 * An area of need (LAVORO, IMPRESA, ...): data, not code. {@code walkIn} says whether
 * visitors can queue for it at reception and the kiosk (the inclusion track, for one, is
 * by referral).
 */
public record Area(AreaId id, String code, String nameIt, String nameEn, String ticketLetter, String colour,
		String leadPartner, boolean walkIn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameIt;
	}
}
