package it.mestieri.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.partners.Partner;
import it.mestieri.partners.Partners;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DemoMode;

/**
 * A dozen items of a Roman catalogue, in demo mode only, each marked "(esempio)": courses
 * of the demo partners, job offers (open and expired, dated from today), library
 * documents and guides to starting a business. Target occupations are real ESCO URIs.
 */
@Component
@Order(30)
class DemoCatalogue implements ApplicationRunner {

	static final String MARK = " (esempio)";

	static final String NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
	static final String ELECTRICIAN = "http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0";
	static final String COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";
	static final String PIZZAIOLO = "http://data.europa.eu/esco/occupation/a02a1117-212f-4a49-b21a-d3b971e00e48";
	static final String WEB_DEVELOPER = "http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d";
	static final String HOME_CARE_AIDE = "http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60";
	static final String WAREHOUSE_WORKER = "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f";
	static final String WAITER = "http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471";
	static final String ACCOUNTING_ASSISTANT = "http://data.europa.eu/esco/occupation/bfe142b9-a049-4d41-89c4-fd2f34ac56b6";
	static final String SHOP_ASSISTANT = "http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2";

	private final DemoMode demoMode;

	private final Courses courses;

	private final JobOffers offers;

	private final LibraryDocuments documents;

	private final Guides guides;

	private final CentreDirectory centre;

	private final Partners partners;

	private final CentreClock clock;

	DemoCatalogue(DemoMode demoMode, Courses courses, JobOffers offers, LibraryDocuments documents, Guides guides,
			CentreDirectory centre, Partners partners, CentreClock clock) {
		this.demoMode = demoMode;
		this.courses = courses;
		this.offers = offers;
		this.documents = documents;
		this.guides = guides;
		this.centre = centre;
		this.partners = partners;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || courses.count() + offers.count() + documents.count() + guides.count() > 0) {
			return;
		}
		LocalDate today = clock.today();
		addCourses(today);
		addOffers(today);
		addDocuments();
		addGuides();
	}

	private void addCourses(LocalDate today) {
		courses.create(new Courses.Draft(partner("Regione Lazio"), null, "Operatore socio-sanitario (OSS)" + MARK,
				"Corso di qualifica di 1000 ore, metà in aula e metà in tirocinio presso strutture sanitarie e RSA di Roma.",
				area("FORMAZIONE"), "it", today.plusDays(20), today.plusMonths(11), "Roma, Via Tiburtina 1072",
				BigDecimal.ZERO, "Regione Lazio – Fondo sociale europeo Plus",
				"Maggiore età, licenza media; per chi è nato all'estero, italiano livello A2.",
				"Qualifica regionale di operatore socio-sanitario", null, Set.of(HOME_CARE_AIDE, NURSE)));
		courses.create(new Courses.Draft(partner("Provincia di Roma"), null, "Elettricista installatore" + MARK,
				"Impianti civili e industriali, norme CEI, sicurezza sul lavoro. Laboratorio attrezzato.",
				area("FORMAZIONE"), "it", today.minusDays(30), today.plusMonths(5), "Roma, Via Casilina 3",
				new BigDecimal("350.00"), null, "Licenza media.", "Attestato di qualifica professionale", null,
				Set.of(ELECTRICIAN)));
		courses.create(new Courses.Draft(partner("Consorzio Idea Agenzia per il Lavoro"), null,
				"Cucina e pizzeria: aiuto cuoco e pizzaiolo" + MARK,
				"Tecniche di base di cucina, impasti e forno a legna, HACCP. Stage in ristoranti del Municipio I.",
				area("LAVORO"), "it", today.plusDays(45), today.plusDays(45 + 90), "Roma, Testaccio", BigDecimal.ZERO,
				"Programma GOL", "Disoccupati iscritti al Centro per l'impiego.", "Attestato di frequenza e HACCP",
				null, Set.of(COOK, PIZZAIOLO)));
		courses.create(new Courses.Draft(null, "Università Roma Tre – Formazione permanente",
				"Sviluppo web: HTML, CSS e JavaScript" + MARK,
				"Corso serale di 120 ore per chi vuole iniziare a lavorare come sviluppatore web.", area("FORMAZIONE"),
				"it", today.plusMonths(2), today.plusMonths(6), "Roma, Ostiense", new BigDecimal("480.00"), null,
				"Diploma di scuola superiore.", null, "https://www.uniroma3.it/", Set.of(WEB_DEVELOPER)));
	}

	private void addOffers(LocalDate today) {
		offers.create(new JobOffers.Draft("Policlinico Romano (esempio)", "Infermiere/a di reparto" + MARK,
				"Assunzione a tempo indeterminato per reparto di medicina interna. Iscrizione OPI richiesta.",
				"Roma, Municipio II", ContractType.PERMANENT, WorkingTime.FULL_TIME, area("LAVORO"), NURSE, "it",
				today.minusDays(7), today.plusDays(23), null));
		offers.create(new JobOffers.Draft("Elettro Tiburtina srl (esempio)", "Elettricista per impianti civili" + MARK,
				"Installazione e manutenzione di impianti elettrici in cantieri della zona est.", "Roma, Tiburtino",
				ContractType.FIXED_TERM, WorkingTime.FULL_TIME, area("LAVORO"), ELECTRICIAN, "it", today.minusDays(3),
				today.plusDays(27), null));
		offers.create(new JobOffers.Draft("Trattoria da Checco (esempio)", "Apprendista cuoco/a" + MARK,
				"Apprendistato professionalizzante in cucina tradizionale romana.", "Roma, Trastevere",
				ContractType.APPRENTICESHIP, WorkingTime.FULL_TIME, area("LAVORO"), COOK, "it", today.minusDays(10),
				today.plusDays(5), null));
		offers.create(new JobOffers.Draft("Pizzeria Ostiense (esempio)", "Pizzaiolo/a per il fine settimana" + MARK,
				"Part-time il venerdì, sabato e domenica sera.", "Roma, Ostiense", ContractType.TEMPORARY,
				WorkingTime.PART_TIME, area("LAVORO"), PIZZAIOLO, "it", today.minusDays(2), today.plusDays(12), null));
		offers.create(new JobOffers.Draft("Logistica Fiumicino spa (esempio)", "Magazziniere/a" + MARK,
				"Carico e scarico merci, gestione scorte; patentino del muletto gradito.", "Fiumicino (RM)",
				ContractType.FIXED_TERM, WorkingTime.FULL_TIME, area("LAVORO"), WAREHOUSE_WORKER, "it",
				today.minusDays(60), today.minusDays(5), null));
		offers.create(new JobOffers.Draft("Caffè Prati (esempio)", "Cameriere/a di sala" + MARK,
				"Servizio ai tavoli e al banco.", "Roma, Prati", ContractType.INTERNSHIP, WorkingTime.PART_TIME,
				area("LAVORO"), WAITER, "it", today.minusDays(40), today.minusDays(1), null));
		offers.create(new JobOffers.Draft("Studio Bianchi commercialisti (esempio)", "Assistente contabile" + MARK,
				"Tenuta della prima nota e fatturazione elettronica.", "Roma, EUR", ContractType.PERMANENT,
				WorkingTime.PART_TIME, area("LAVORO"), ACCOUNTING_ASSISTANT, "it", today.minusDays(1),
				today.plusDays(40), null));
	}

	private void addDocuments() {
		documents.create(new LibraryDocuments.Draft("Guida alle professioni sanitarie" + MARK, DocumentKind.BOOK, "it",
				"Percorsi di studio e sbocchi delle professioni sanitarie.", "ORI 610 GUI", null, Audience.STUDENTS,
				areas("ORIENTAMENTO", "FORMAZIONE"), Set.of()));
		documents.create(new LibraryDocuments.Draft("Il curriculum che funziona" + MARK, DocumentKind.BOOK, "it",
				"Come scrivere curriculum e lettera di presentazione.", "LAV 650 CUR", null, Audience.EVERYONE,
				areas("LAVORO"), Set.of()));
		documents.create(new LibraryDocuments.Draft("Colloquio di lavoro: come prepararsi (video)" + MARK,
				DocumentKind.VIDEO, "it", "Video di 12 minuti con simulazioni di colloquio.", null,
				"https://www.youtube.com/results?search_query=colloquio+di+lavoro", Audience.YOUNG_PEOPLE,
				areas("LAVORO"), Set.of()));
		documents.create(new LibraryDocuments.Draft("Portale ANPAL – Servizi per il lavoro" + MARK,
				DocumentKind.WEBSITE, "it", "Offerte, incentivi e servizi per chi cerca lavoro.", null,
				"https://www.anpal.gov.it/", Audience.EVERYONE, areas("LAVORO", "ORIENTAMENTO"), Set.of()));
		documents.create(new LibraryDocuments.Draft("Working in Italy: a guide for newcomers" + MARK,
				DocumentKind.LEAFLET, "en", "Contracts, rights and where to ask for help, in English.", "INC 331 WOR",
				null, Audience.MIGRANTS, areas("INCLUSIONE", "LAVORO"), Set.of()));
	}

	private void addGuides() {
		guides.create(new Guides.Draft("Aprire una partita IVA" + MARK,
				"Che cosa serve per lavorare in proprio: regime forfettario o ordinario, codice ATECO, INPS, costi.",
				"""
						1. Scegli il codice ATECO della tua attività.
						2. Valuta il regime: forfettario (ricavi fino a 85.000 euro) o ordinario.
						3. Apri la partita IVA all'Agenzia delle Entrate (modello AA9/12), anche online o tramite un intermediario.
						4. Iscriviti all'INPS: gestione separata o artigiani e commercianti.
						5. Se serve, iscriviti alla Camera di Commercio (Comunicazione unica).
						6. Attiva la fatturazione elettronica.""",
				"it", area("IMPRESA"), "https://www.agenziaentrate.gov.it/"));
		guides.create(new Guides.Draft("Resto al Sud e ON – Oltre Nuove imprese a tasso zero" + MARK,
				"Gli incentivi di Invitalia per chi apre un'impresa: a chi si rivolgono, quanto finanziano, come fare domanda.",
				"""
						1. Verifica i requisiti: età, residenza, tipo di attività.
						2. Prepara il progetto d'impresa e il piano degli investimenti.
						3. Registrati sulla piattaforma di Invitalia e compila la domanda.
						4. Attendi la valutazione e il colloquio.
						5. Firma il contratto di finanziamento e avvia l'attività.""", "it", area("IMPRESA"),
				"https://www.invitalia.it/"));
		guides.create(new Guides.Draft("Scrivere un business plan" + MARK,
				"Le parti di un business plan e come presentarlo a una banca o a un bando.", """
						1. Descrivi l'idea e chi sono i clienti.
						2. Analizza il mercato e i concorrenti.
						3. Spiega organizzazione, prezzi e canali di vendita.
						4. Prepara il piano economico e finanziario per tre anni.
						5. Fai rileggere il piano a un consulente della Città dei Mestieri.""", "it", area("IMPRESA"),
				null));
	}

	private Long partner(String name) {
		return partners.all()
			.stream()
			.filter(partner -> partner.name().equals(name))
			.map(Partner::id)
			.map(id -> id.value())
			.findFirst()
			.orElse(null);
	}

	private Long area(String code) {
		return centre.area(code).map(area -> area.id().value()).orElse(null);
	}

	private Set<Long> areas(String... codes) {
		Set<Long> ids = new LinkedHashSet<>();
		List.of(codes).forEach(code -> centre.area(code).ifPresent(area -> ids.add(area.id().value())));
		return ids;
	}

}
