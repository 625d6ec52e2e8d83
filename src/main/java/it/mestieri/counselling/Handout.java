package it.mestieri.counselling;

import java.util.Locale;

import it.mestieri.centre.AreaId;

/**
 * Something a counsellor may hand over (a guide, a list of courses): a "resource" on the
 * pages and in the API, a handout here so as not to be taken for the resource centre's
 * catalogue. {@code area} null means any area.
 */
record Handout(HandoutId id, String code, String nameIt, String nameEn, AreaId area, boolean active, int sortOrder,
		long version) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameIt;
	}

	boolean offeredIn(AreaId interviewArea) {
		return area == null || area.equals(interviewArea);
	}
}
