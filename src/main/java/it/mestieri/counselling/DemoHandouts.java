package it.mestieri.counselling;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.shared.DemoMode;

/** In demo mode only, after the demo centre: resources a Roman counsellor hands over. */
@Component
@Order(30)
class DemoHandouts implements ApplicationRunner {

	private final DemoMode demoMode;

	private final Handouts resources;

	private final CentreDirectory centre;

	DemoHandouts(DemoMode demoMode, Handouts resources, CentreDirectory centre) {
		this.demoMode = demoMode;
		this.resources = resources;
		this.centre = centre;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || !resources.isEmpty()) {
			return;
		}
		add("GUIDA_CV", "Guida al curriculum vitae", "Guide to the CV", "LAVORO", 1);
		add("OFFERTE_SETTIMANA", "Offerte di lavoro della settimana", "This week's job offers", "LAVORO", 2);
		add("INDIRIZZI_CPI", "Indirizzi dei Centri per l'impiego", "Addresses of the public employment centres", null,
				3);
		add("ELENCO_CORSI", "Elenco corsi di formazione", "List of training courses", "FORMAZIONE", 4);
		add("GUIDA_IMPRESA", "Guida all'avvio d'impresa", "Guide to starting a business", "IMPRESA", 5);
		add("BANDI_REGIONALI", "Bandi e incentivi regionali per le imprese", "Regional business grants and incentives",
				"IMPRESA", 6);
		add("SCHEDE_PROFESSIONI", "Schede delle professioni", "Occupation sheets", null, 7);
		add("CALENDARIO_EVENTI", "Calendario dei laboratori e degli eventi", "Calendar of workshops and events", null,
				8);
	}

	private void add(String code, String nameIt, String nameEn, String areaCode, int order) {
		AreaId area = areaCode == null ? null : centre.area(areaCode).map(Area::id).orElse(null);
		resources.add(code, nameIt, nameEn, area, order);
	}

}
