package it.mestieri.centre;

import java.util.Locale;

/** Something visitors ask about in an area; reception and counsellors tick it. */
public record Topic(TopicId id, AreaId area, String code, String nameIt, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameIt;
	}
}
