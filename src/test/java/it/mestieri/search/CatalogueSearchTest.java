package it.mestieri.search;

import it.mestieri.classification.ConceptLabel;
import it.mestieri.classification.LabelKind;
import it.mestieri.classification.Occupation;
import it.mestieri.catalogue.ContractType;
import it.mestieri.catalogue.Course;
import it.mestieri.catalogue.Guide;
import it.mestieri.catalogue.JobOffer;
import it.mestieri.catalogue.LibraryDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.search.CatalogueSearch.Hit;
import it.mestieri.search.CatalogueSearch.Query;
import it.mestieri.shared.DomainException;
import it.mestieri.testing.MestieriIntegrationTest;

/**
 * Relevance of the one search, in process, on real ESCO rows: Italian stemming, gender
 * and plural forms, elision, accents, typos, word order, English labels, CP2011 titles as
 * synonyms, exact titles first; the catalogue items beside them, expired offers never
 * found, changes found at once.
 */
@MestieriIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueSearchTest {

	@Autowired
	CatalogueSearch search;

	@Autowired
	CentreDirectory centre;

	EscoFixture fixture;

	JobOffer openOffer;

	JobOffer expiredOffer;

	JobOffer futureOffer;

	Course course;

	@BeforeAll
	void load(@Autowired JdbcClient jdbc, @Autowired EntityManagerFactory emf,
			@Autowired PlatformTransactionManager transactions, @Autowired SearchIndex index) {
		fixture = new EscoFixture(jdbc, emf, transactions, index).load();
		long lavoro = centre.requireArea("LAVORO").id().value();
		long formazione = centre.requireArea("FORMAZIONE").id().value();
		openOffer = fixture.offer("Aiuto cuoco per trattoria", "Cerchiamo un aiuto cuoco per il servizio serale.",
				"Frascati", ContractType.FIXED_TERM, "LAVORO", lavoro, EscoFixture.COOK, LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 10));
		expiredOffer = fixture.offer("Cuoco capopartita scaduto", "Offerta scaduta ieri.", "Frascati",
				ContractType.PERMANENT, "LAVORO", lavoro, EscoFixture.COOK, LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 3, 9));
		futureOffer = fixture.offer("Cuoco stagionale futuro", "Pubblicata domani.", "Frascati", ContractType.TEMPORARY,
				"LAVORO", lavoro, EscoFixture.COOK, LocalDate.of(2026, 3, 11), LocalDate.of(2026, 4, 30));
		course = fixture.course("Corso per elettricisti impiantisti", "Impianti elettrici civili: norme e pratica.",
				formazione, "Roma", EscoFixture.ELECTRICIAN);
	}

	@AfterAll
	void clean() {
		fixture.clean();
	}

	private List<Hit> find(String text) {
		return search.search(Query.of(text, Locale.ITALIAN)).items();
	}

	private List<String> top(String text, int n) {
		List<String> uris = uris(text);
		return uris.subList(0, Math.min(n, uris.size()));
	}

	private List<String> uris(String text) {
		return find(text).stream().filter(hit -> hit.type() == ItemType.OCCUPATION).map(Hit::uri).toList();
	}

	@Test
	void anExactPreferredTitleRanksFirst() {
		assertThat(uris("elettricista")).first().isEqualTo(EscoFixture.ELECTRICIAN);
		assertThat(uris("elettricista")).contains(EscoFixture.DOMESTIC_ELECTRICIAN);
	}

	@Test
	void masculineFeminineAndPluralFormsMeet() {
		// Several ESCO occupations are nurses (the full data has a dozen): the general
		// one is among the first.
		assertThat(top("infermiera", 3)).contains(EscoFixture.NURSE);
		assertThat(top("infermiere", 3)).contains(EscoFixture.NURSE);
		assertThat(top("infermieri", 3)).contains(EscoFixture.NURSE);
		assertThat(uris("parrucchiera")).first().isEqualTo(EscoFixture.HAIRDRESSER);
		assertThat(uris("saldatrici")).first().isEqualTo(EscoFixture.WELDER);
	}

	@Test
	void typosAreForgivenWithLessWeight() {
		assertThat(uris("elettricsta")).first().isEqualTo(EscoFixture.ELECTRICIAN);
		assertThat(uris("parruchiere")).first().isEqualTo(EscoFixture.HAIRDRESSER);
		// Longer than CatalogueSearch.WHOLE_TITLE_TYPO_MAX: found by its words, one with
		// a typo (a CP2011 title).
		String longTitle = "addetti alla cottura e alla vendita di cibi in tavole calde e rosticerie";
		assertThat(longTitle.length()).isGreaterThan(CatalogueSearch.WHOLE_TITLE_TYPO_MAX);
		assertThat(uris(longTitle)).first().isEqualTo(EscoFixture.COOK);
	}

	@Test
	void elisionAccentsAndWordOrder() {
		assertThat(uris("l'elettricista")).first().isEqualTo(EscoFixture.ELECTRICIAN);
		assertThat(uris("ELETTRICISTA CIVÌLE")).first().isEqualTo(EscoFixture.DOMESTIC_ELECTRICIAN);
		assertThat(uris("civile elettricista")).first().isEqualTo(EscoFixture.DOMESTIC_ELECTRICIAN);
		assertThat(uris("generalista infermiera")).first().isEqualTo(EscoFixture.NURSE);
	}

	@Test
	void englishLabelsFindTheSameOccupations() {
		assertThat(top("nurse", 3)).contains(EscoFixture.NURSE);
		assertThat(uris("hairdressers")).first().isEqualTo(EscoFixture.HAIRDRESSER);
		assertThat(uris("welder")).first().isEqualTo(EscoFixture.WELDER);
		assertThat(search.search(Query.of("nurse", Locale.ENGLISH)).items()).extracting(Hit::title)
			.contains("nurse responsible for general care");
		assertThat(find("nurse")).extracting(Hit::title).contains("infermiere generalista/infermiera generalista");
	}

	@Test
	void alternativeLabelsAndCp2011TitlesAreSynonyms() {
		assertThat(uris("acconciatrice")).first().isEqualTo(EscoFixture.HAIRDRESSER);
		assertThat(uris("rosticcerie")).contains(EscoFixture.COOK).doesNotContain(EscoFixture.BAKER, EscoFixture.NURSE);
		assertThat(uris("professioni sanitarie infermieristiche")).first().isEqualTo(EscoFixture.NURSE);
	}

	@Test
	void snippetsMarkTheMatchedWords() {
		Hit nurse = find("nurse").stream().filter(hit -> EscoFixture.NURSE.equals(hit.uri())).findFirst().orElseThrow();
		assertThat(nurse.snippet()).startsWith("<mark>Nurses</mark> responsible for general care");
		Hit offer = find("trattoria").stream()
			.filter(hit -> hit.type() == ItemType.JOB_OFFER)
			.findFirst()
			.orElseThrow();
		assertThat(offer.title()).isEqualTo("Aiuto cuoco per trattoria");
		assertThat(offer.url()).isEqualTo("/offers/" + openOffer.id());
	}

	@Test
	void expiredAndUnpublishedOffersAreNeverFound() {
		List<Long> offers = search
			.search(new Query("cuoco", Set.of(ItemType.JOB_OFFER), null, null, null, null, 0, 50, Locale.ITALIAN))
			.items()
			.stream()
			.map(Hit::id)
			.toList();
		assertThat(offers).contains(openOffer.id()).doesNotContain(expiredOffer.id(), futureOffer.id());
		assertThat(find("scaduto")).extracting(Hit::id).doesNotContain(expiredOffer.id());
	}

	@Test
	void catalogueItemsAreFoundBesideTheOccupations() {
		List<Hit> hits = find("elettricisti");
		assertThat(hits).extracting(Hit::type).contains(ItemType.OCCUPATION, ItemType.COURSE);
		assertThat(search.about(EscoFixture.ELECTRICIAN, ItemType.COURSE, Locale.ITALIAN, 5)).extracting(Hit::id)
			.contains(course.id());
		assertThat(search.about(EscoFixture.COOK, ItemType.JOB_OFFER, Locale.ITALIAN, 5)).extracting(Hit::id)
			.contains(openOffer.id());
	}

	@Test
	void shortWordsNeedNotBeFoundButAWholeLabelWithThemRanksFirst() {
		// "a" and "la" are nowhere in the offer: only the words of three letters or more
		// must be found.
		assertThat(search
			.search(new Query("aiuto cuoco a la trattoria", Set.of(ItemType.JOB_OFFER), null, null, null, null, 0, 10,
					Locale.ITALIAN))
			.items()).extracting(Hit::id).containsExactly(openOffer.id());
		// Short words still weigh in the whole label: "saldatrice di acciaio", an
		// alternative label of the welder.
		assertThat(uris("saldatrice di acciaio")).first().isEqualTo(EscoFixture.WELDER);
	}

	@Test
	void anItemInEnglishIsAlsoAnalysedTheEnglishWay() {
		LibraryDocument english = fixture.document("Preparing for job interviews", "What employers ask and why.", "en");

		// Only the English stemmer makes "employer" meet "employers"; the typo pass looks
		// at titles only.
		assertThat(find("employer")).extracting(Hit::id).contains(english.id());
		assertThat(search.search(Query.of("employer", Locale.ENGLISH)).items()).first()
			.satisfies(hit -> assertThat(hit.snippet()).contains("<mark>employers</mark>"));
	}

	@Test
	void searchesAtOnceFindWhatEachFindsAlone() throws Exception {
		List<String> queries = List.of("elettricista", "infermiera", "cuoco", "elettricsta", "parrucchiera",
				"saldatrici");
		Map<String, List<Long>> alone = new HashMap<>();
		queries.forEach(text -> alone.put(text, find(text).stream().map(Hit::id).toList()));

		ExecutorService visitors = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> same = new ArrayList<>();
			for (int i = 0; i < 48; i++) {
				String text = queries.get(i % queries.size());
				same.add(visitors.submit(() -> find(text).stream().map(Hit::id).toList().equals(alone.get(text))));
			}
			for (Future<Boolean> answer : same) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
			}
		}
		finally {
			visitors.shutdownNow();
		}
	}

	@Test
	void facetsCountAndFiltersNarrow() {
		var results = search.search(new Query("cuoco", null, Set.of("LAVORO"), null, Set.of("Frascati"),
				Set.of(ContractType.FIXED_TERM), 0, 10, Locale.ITALIAN));
		assertThat(results.items()).extracting(Hit::id).containsExactly(openOffer.id());
		var facets = search.search(Query.of("cuoco", Locale.ITALIAN)).facets();
		var types = facets.stream().filter(facet -> facet.name().equals("type")).findFirst().orElseThrow();
		assertThat(types.values()).anySatisfy(value -> {
			assertThat(value.value()).isEqualTo("OCCUPATION");
			assertThat(value.count()).isGreaterThanOrEqualTo(1);
		});
		var places = facets.stream().filter(facet -> facet.name().equals("place")).findFirst().orElseThrow();
		assertThat(places.values()).anySatisfy(value -> {
			assertThat(value.value()).isEqualTo("Frascati");
			assertThat(value.count()).isEqualTo(1);
		});
	}

	@Test
	void pagesFollowEachOther() {
		var first = search.search(new Query("elettricista", null, null, null, null, null, 0, 1, Locale.ITALIAN));
		var second = search.search(new Query("elettricista", null, null, null, null, null, 1, 1, Locale.ITALIAN));
		assertThat(first.total()).isGreaterThanOrEqualTo(3);
		assertThat(first.items()).hasSize(1);
		assertThat(second.items()).hasSize(1);
		Hit one = first.items().get(0);
		Hit two = second.items().get(0);
		assertThat(two.type() + ":" + two.id()).isNotEqualTo(one.type() + ":" + one.id());
	}

	@Test
	void aChangeThroughJpaIsFoundAtOnce() {
		Guide guide = fixture.guide("Aprire un laboratorio artigiano", "I primi passi.", "Registrazione e permessi.");
		assertThat(find("laboratorio")).extracting(Hit::id).contains(guide.id());
		fixture.change(guide, "title", "Aprire una pasticceria zuccherosa");
		assertThat(find("zuccherosa")).extracting(Hit::id).contains(guide.id());
		assertThat(find("laboratorio").stream().filter(hit -> hit.type() == ItemType.GUIDE)).extracting(Hit::id)
			.doesNotContain(guide.id());
	}

	@Test
	void anOccupationLabelAddedThroughJpaIsFoundAtOnce(@Autowired EntityManagerFactory emf,
			@Autowired PlatformTransactionManager transactions) {
		assertThat(uris("tosatore")).doesNotContain(EscoFixture.HAIRDRESSER);
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
			var em = org.springframework.orm.jpa.EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
			Occupation hairdresser = em.find(Occupation.class, fixture.occupationId(EscoFixture.HAIRDRESSER));
			hairdresser.labels().add(new ConceptLabel("it", LabelKind.HIDDEN, "tosatore"));
		});
		assertThat(uris("tosatore")).containsExactly(EscoFixture.HAIRDRESSER);
	}

	@Test
	void suggestionsCompleteWhatIsTyped() {
		assertThat(search.suggest("parrucc", Locale.ITALIAN, 5)).extracting(Hit::title)
			.contains("parrucchiere/parrucchiera");
		assertThat(search.suggest("saldat", Locale.ITALIAN, 5)).extracting(Hit::type).contains(ItemType.OCCUPATION);
		assertThat(search.suggest("s", Locale.ITALIAN, 5)).isEmpty();
	}

	@Test
	void badPagesAndSizesAreRefused() {
		assertThatThrownBy(() -> search.search(new Query("x", null, null, null, null, null, -1, 10, Locale.ITALIAN)))
			.isInstanceOf(DomainException.class)
			.hasMessage("search.invalid.page");
		assertThatThrownBy(() -> search.search(new Query("x", null, null, null, null, null, 0, 51, Locale.ITALIAN)))
			.isInstanceOf(DomainException.class)
			.hasMessage("search.invalid.size");
		assertThatThrownBy(
				() -> search.search(new Query("x", null, Set.of("NOWHERE"), null, null, null, 0, 10, Locale.ITALIAN)))
			.isInstanceOf(DomainException.class)
			.hasMessage("search.invalid.area");
	}

}
