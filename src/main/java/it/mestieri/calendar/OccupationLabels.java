package it.mestieri.calendar;

import java.util.Locale;
import java.util.Optional;

/**
 * The names of ESCO occupations, for the pages that list an event's target occupations.
 * The module that holds the classification implements this; without it an occupation
 * shows as a link to its sheet without a name.
 */
public interface OccupationLabels {

	/**
	 * The occupation's preferred label in that language (or another one), if the
	 * classification has it.
	 */
	Optional<String> label(String escoUri, Locale locale);

}
