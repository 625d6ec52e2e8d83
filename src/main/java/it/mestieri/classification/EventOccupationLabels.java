package it.mestieri.classification;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import it.mestieri.calendar.OccupationLabels;

/** The names of the occupations an event is for, from the classification loaded here. */
@Component
class EventOccupationLabels implements OccupationLabels {

	private final Occupations occupations;

	EventOccupationLabels(Occupations occupations) {
		this.occupations = occupations;
	}

	@Override
	public Optional<String> label(String escoUri, Locale locale) {
		return occupations.label(escoUri, locale);
	}

}
