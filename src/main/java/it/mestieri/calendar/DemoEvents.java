package it.mestieri.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.partners.Partners;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DemoMode;

/**
 * A few Roman events of the weeks to come, in demo mode only, each marked "(esempio)":
 * workshops, information days, a club and a job fair of the demo partners, dated from
 * today, some for occupations of the demo catalogue (real ESCO URIs) so that their sheets
 * show them.
 */
@Component
@Order(40)
class DemoEvents implements ApplicationRunner {

	static final String MARK = " (esempio)";
	static final String ROOM = "Città dei Mestieri, via Tuscolana 2068 – sala laboratori";

	static final String NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
	static final String HOME_CARE_AIDE = "http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60";
	static final String COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";
	static final String PIZZAIOLO = "http://data.europa.eu/esco/occupation/a02a1117-212f-4a49-b21a-d3b971e00e48";
	static final String WAITER = "http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471";
	static final String WEB_DEVELOPER = "http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d";

	private final DemoMode demoMode;

	private final Events events;

	private final CentreDirectory centre;

	private final Partners partners;

	private final CentreClock clock;

	DemoEvents(DemoMode demoMode, Events events, CentreDirectory centre, Partners partners, CentreClock clock) {
		this.demoMode = demoMode;
		this.events = events;
		this.centre = centre;
		this.partners = partners;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || events.count() > 0) {
			return;
		}
		LocalDate today = clock.today();
		add(EventKind.WORKSHOP, "Laboratorio CV: scrivere un curriculum che funziona",
				"Due ore per rivedere il proprio curriculum con una consulente: struttura, parole chiave, foto e "
						+ "lettera di presentazione. Porta il tuo CV, anche solo abbozzato.",
				today.plusDays(3), LocalTime.of(10, 30), LocalTime.of(12, 30), ROOM, "LAVORO", "Solco Roma", 15, true,
				Set.of());
		add(EventKind.CLUB, "Club della ricerca attiva del lavoro",
				"Ogni settimana un gruppo di persone in cerca di lavoro si incontra per scambiarsi contatti, annunci "
						+ "e consigli, con una consulente.",
				today.plusDays(5), LocalTime.of(17, 0), LocalTime.of(18, 30), ROOM, "ORIENTAMENTO", "Solco Roma", 12,
				true, Set.of());
		add(EventKind.WORKSHOP, "Il colloquio di lavoro nella sanità: simulazioni",
				"Simulazioni di colloquio per infermieri e operatori socio-sanitari, con i selezionatori di una "
						+ "struttura sanitaria romana.",
				today.plusDays(8), LocalTime.of(16, 0), LocalTime.of(18, 0), ROOM, "LAVORO",
				"Consorzio Idea Agenzia per il Lavoro", 20, true, Set.of(NURSE, HOME_CARE_AIDE));
		add(EventKind.INFORMATION_DAY, "Giornata informativa: i corsi OSS della Regione Lazio",
				"Come si diventa operatore socio-sanitario: requisiti, bandi, enti accreditati, tirocinio.",
				today.plusDays(12), LocalTime.of(10, 0), LocalTime.of(13, 0), "Città dei Mestieri, sala conferenze",
				"FORMAZIONE", "Regione Lazio", null, false, Set.of(HOME_CARE_AIDE, NURSE));
		add(EventKind.WORKSHOP, "Dall'idea al business plan",
				"Come si scrive un business plan e come lo legge una banca o un bando: esercitazione su un progetto.",
				today.plusDays(15), LocalTime.of(16, 0), LocalTime.of(19, 0), ROOM, "IMPRESA",
				"Associazione ANIMA – Unione degli Industriali e delle Imprese di Roma", 18, true, Set.of());
		add(EventKind.JOB_FAIR, "Job day ristorazione e turismo",
				"Ristoranti, pizzerie e alberghi di Roma incontrano candidati: porta il curriculum.",
				today.plusDays(20), LocalTime.of(10, 0), LocalTime.of(17, 0),
				"Roma, Città dell'Altra Economia, Largo Dino Frisullo", "LAVORO",
				"Consorzio Idea Agenzia per il Lavoro", null, false, Set.of(COOK, PIZZAIOLO, WAITER));
		add(EventKind.INFORMATION_DAY, "Lavorare nel digitale: sviluppatori web",
				"Che cosa fa uno sviluppatore web, come ci si forma, chi assume a Roma.", today.plusDays(25),
				LocalTime.of(16, 30), LocalTime.of(18, 30), "Città dei Mestieri, sala conferenze", "ORIENTAMENTO",
				"Provincia di Roma", 40, true, Set.of(WEB_DEVELOPER));
	}

	private void add(EventKind kind, String title, String description, LocalDate day, LocalTime from, LocalTime to,
			String place, String area, String partner, Integer capacity, boolean registration,
			Set<String> occupations) {
		Instant startsAt = day.atTime(from).atZone(clock.zone()).toInstant();
		Instant endsAt = day.atTime(to).atZone(clock.zone()).toInstant();
		events.create(new Events.Draft(kind, title + MARK, description, startsAt, endsAt, place,
				centre.area(area).map(found -> found.id().value()).orElse(null),
				partners.all()
					.stream()
					.filter(candidate -> candidate.name().equals(partner))
					.map(found -> found.id().value())
					.findFirst()
					.orElse(null),
				occupations, capacity, registration, false));
	}

}
