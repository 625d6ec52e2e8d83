package it.mestieri.centre;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.DemoMode;

/**
 * The demo centre, modelled on the Città dei Mestieri di Roma: loaded once, in demo mode
 * only.
 */
@Component
@Order(10)
class DemoCentre implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCentre.class);

	private final DemoMode demoMode;

	private final CentreSetup setup;

	private final RomeMunicipi romeMunicipi;

	DemoCentre(DemoMode demoMode, CentreSetup setup, RomeMunicipi romeMunicipi) {
		this.demoMode = demoMode;
		this.setup = setup;
		this.romeMunicipi = romeMunicipi;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || !setup.isEmpty()) {
			return;
		}
		log.info("Demo mode: loading the demo centre (Città dei Mestieri di Roma)");
		SiteId rome = setup.addSite("ROMA", "Città dei Mestieri di Roma", "Via Tuscolana 2068, 00173 Roma");
		for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
				DayOfWeek.SATURDAY)) {
			setup.addOpeningHours(rome, day, LocalTime.of(10, 0), LocalTime.of(13, 0));
			setup.addOpeningHours(rome, day, LocalTime.of(16, 0), LocalTime.of(19, 0));
		}

		AreaId lavoro = setup.addArea("LAVORO", "Cercare lavoro", "Looking for work", "L", "#0b4f8a",
				"Consorzio Idea Agenzia per il Lavoro", true, 1);
		AreaId impresa = setup.addArea("IMPRESA", "Fare impresa", "Starting a business", "I", "#8a1538",
				"Associazione ANIMA – Unione degli Industriali e delle Imprese di Roma", true, 2);
		AreaId formazione = setup.addArea("FORMAZIONE", "Scegliere la formazione", "Choosing training", "F", "#1d6230",
				"Regione Lazio, Provincia di Roma", true, 3);
		AreaId orientamento = setup.addArea("ORIENTAMENTO", "Orientarsi nelle scelte", "Getting oriented", "O",
				"#5b2d91", "Solco Roma", true, 4);
		AreaId inclusione = setup.addArea("INCLUSIONE", "Accompagnamento all'inserimento lavorativo",
				"Support into work (inclusion track)", "A", "#6b4400",
				"Comune di Roma – Municipio X, ASL Roma 2, cooperative sociali", false, 5);

		topics(lavoro,
				new String[][] { { "CV", "Curriculum e lettera di presentazione", "CV and cover letter" },
						{ "RICERCA", "Ricerca attiva (canali, annunci, autocandidature)",
								"Active job search (channels, ads, spontaneous applications)" },
						{ "COLLOQUIO", "Colloquio di lavoro", "Job interview" },
						{ "CONTRATTI", "Contratti e diritti dei lavoratori", "Contracts and workers' rights" },
						{ "TIROCINI", "Tirocini", "Traineeships" },
						{ "EURES", "Lavorare all'estero (EURES)", "Working abroad (EURES)" },
						{ "CPI", "Servizi pubblici per l'impiego (Centro per l'Impiego, DID)",
								"Public employment services (Centro per l'Impiego, DID)" },
						{ "GARANZIA_GIOVANI", "Garanzia Giovani", "Youth guarantee programmes" } });
		topics(impresa,
				new String[][] { { "BUSINESS_PLAN", "Dall'idea al business plan", "From idea to business plan" },
						{ "FORME_GIURIDICHE", "Forme giuridiche (ditta individuale, società, cooperativa)",
								"Legal forms (sole trader, company, cooperative)" },
						{ "FINANZIAMENTI", "Finanziamenti e incentivi (microcredito, bandi)",
								"Funding and incentives (microcredit, schemes)" },
						{ "ADEMPIMENTI", "Adempimenti (partita IVA, Camera di Commercio)",
								"Formalities (VAT number, Chamber of Commerce)" },
						{ "FRANCHISING", "Franchising", "Franchising" },
						{ "AUTOIMPIEGO", "Lavoro autonomo", "Self-employment" } });
		topics(formazione, new String[][] {
				{ "CORSI_REGIONALI", "Corsi finanziati dalla Regione", "Regional funded courses" },
				{ "FORMAZIONE_PROFESSIONALE", "Formazione professionale", "Vocational training" },
				{ "ITS", "ITS Academy", "ITS Academy" },
				{ "UNIVERSITA", "Università e master", "University and master's" },
				{ "APPRENDISTATO", "Apprendistato", "Apprenticeship" },
				{ "TITOLI_ESTERI", "Riconoscimento dei titoli esteri", "Recognition of foreign qualifications" },
				{ "CERTIFICAZIONE", "Certificazione delle competenze", "Certification of skills" },
				{ "ITALIANO_L2", "Corsi di italiano per stranieri", "Italian language courses for foreigners" } });
		topics(orientamento,
				new String[][] { { "BILANCIO", "Bilancio di competenze", "Skills assessment" },
						{ "SCELTE_STUDIO", "Scelte scolastiche e universitarie", "School and university choices" },
						{ "CAMBIO", "Cambiare lavoro", "Changing occupation" },
						{ "RIENTRO", "Rientrare nel lavoro", "Returning to work" },
						{ "MERCATO", "Informazioni sul mercato del lavoro", "Labour-market information" } });

		int number = 1;
		for (AreaId area : List.of(lavoro, lavoro, impresa, impresa, formazione, formazione, orientamento, orientamento,
				inclusione)) {
			setup.addDesk(rome, area, "Sportello " + number++);
		}
		if (!setup.hasMunicipi()) {
			romeMunicipi.load();
		}
	}

	private void topics(AreaId area, String[][] topics) {
		for (int i = 0; i < topics.length; i++) {
			setup.addTopic(area, topics[i][0], topics[i][1], topics[i][2], i + 1);
		}
	}

}
