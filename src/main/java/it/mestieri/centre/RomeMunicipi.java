package it.mestieri.centre;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rome's municipi as reference data, date-effective: the nineteen valid until the 2013
 * renumbering, each with the municipio that took most of its territory, and the fifteen
 * since.
 */
@Component
public class RomeMunicipi {

	/**
	 * The day Rome's 2013 renumbering took effect (Assemblea Capitolina, deliberation
	 * 11/2013).
	 */
	public static final LocalDate RENUMBERING = LocalDate.of(2013, 3, 11);

	private final CentreSetup setup;

	RomeMunicipi(CentreSetup setup) {
		this.setup = setup;
	}

	/** Loads both lists; the caller checks that none is loaded yet. */
	@Transactional
	public void load() {
		LocalDate before = LocalDate.of(2001, 1, 1);
		LocalDate lastDay = RENUMBERING.minusDays(1);
		String[][] old = { { "I", "Municipio I – Centro Storico", "I" },
				{ "II", "Municipio II – Parioli, Flaminio", "II" },
				{ "III", "Municipio III – Nomentano, San Lorenzo", "II" },
				{ "IV", "Municipio IV – Monte Sacro", "III" }, { "V", "Municipio V – Tiburtino", "IV" },
				{ "VI", "Municipio VI – Prenestino, Casilino", "V" },
				{ "VII", "Municipio VII – Centocelle, Tor Sapienza", "V" },
				{ "VIII", "Municipio VIII – Delle Torri", "VI" },
				{ "IX", "Municipio IX – Tuscolano, Appio Latino", "VII" }, { "X", "Municipio X – Cinecittà", "VII" },
				{ "XI", "Municipio XI – Ostiense, Garbatella", "VIII" }, { "XII", "Municipio XII – EUR", "IX" },
				{ "XIII", "Municipio XIII – Ostia, Acilia", "X" }, { "XV", "Municipio XV – Arvalia, Portuense", "XI" },
				{ "XVI", "Municipio XVI – Monteverde", "XII" }, { "XVII", "Municipio XVII – Prati", "I" },
				{ "XVIII", "Municipio XVIII – Aurelio", "XIII" }, { "XIX", "Municipio XIX – Monte Mario", "XIV" },
				{ "XX", "Municipio XX – Cassia, Flaminia", "XV" } };
		for (String[] municipio : old) {
			setup.addMunicipio(municipio[0], municipio[1], before, lastDay, municipio[2]);
		}
		String[][] current = { { "I", "Municipio I – Centro" }, { "II", "Municipio II – Parioli, Nomentano" },
				{ "III", "Municipio III – Monte Sacro" }, { "IV", "Municipio IV – Tiburtino" },
				{ "V", "Municipio V – Prenestino, Centocelle" }, { "VI", "Municipio VI – Delle Torri" },
				{ "VII", "Municipio VII – Appio-Latino, Tuscolano, Cinecittà" },
				{ "VIII", "Municipio VIII – Appia Antica" }, { "IX", "Municipio IX – EUR" },
				{ "X", "Municipio X – Ostia, Acilia" }, { "XI", "Municipio XI – Arvalia, Portuense" },
				{ "XII", "Municipio XII – Monte Verde" }, { "XIII", "Municipio XIII – Aurelio" },
				{ "XIV", "Municipio XIV – Monte Mario" }, { "XV", "Municipio XV – Cassia, Flaminia" } };
		for (String[] municipio : current) {
			setup.addMunicipio(municipio[0], municipio[1], RENUMBERING, null, null);
		}
	}

}
