package it.mestieri.search;

import org.springframework.beans.BeanUtils;

import it.mestieri.classification.Occupation;
import it.mestieri.catalogue.Audience;
import it.mestieri.catalogue.ContractType;
import it.mestieri.catalogue.Course;
import it.mestieri.catalogue.DocumentKind;
import it.mestieri.catalogue.Guide;
import it.mestieri.catalogue.JobOffer;
import it.mestieri.catalogue.LibraryDocument;
import it.mestieri.shared.ImportJobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real ESCO rows for a few occupations (nurse, electrician, domestic electrician, cook,
 * baker, welder, hairdresser: English v1.1.1, Italian v1.0.8 labels, CP2011 mapping),
 * inserted by JDBC as the classification import does and then indexed; and catalogue
 * items saved through JPA (fields set by name, as the search mapping reads them).
 * {@link #clean()} removes both.
 */
public final class EscoFixture {

	public static final String NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";

	public static final String ELECTRICIAN = "http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0";
	static final String DOMESTIC_ELECTRICIAN = "http://data.europa.eu/esco/occupation/5dbb9cf0-b226-402c-a295-2f42ef05ff8b";
	static final String COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";
	static final String BAKER = "http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419";
	static final String WELDER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";
	static final String HAIRDRESSER = "http://data.europa.eu/esco/occupation/099c6bb0-22d3-4c5d-8bf5-70910af381ef";

	private static final Pattern STATEMENTS = Pattern.compile(";\\s*\\n(?=insert|$)");

	private final JdbcClient jdbc;

	private final EntityManagerFactory entityManagerFactory;

	private final TransactionTemplate transactions;

	private final SearchIndex index;

	private final List<Object> items = new ArrayList<>();

	private boolean loaded;

	EscoFixture(JdbcClient jdbc, EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactions,
			SearchIndex index) {
		this.jdbc = jdbc;
		this.entityManagerFactory = entityManagerFactory;
		this.transactions = new TransactionTemplate(transactions);
		this.index = index;
	}

	/**
	 * The fixture for the tests of other packages (the browser journeys and the
	 * accessibility audit).
	 */
	public static EscoFixture of(org.springframework.context.ApplicationContext context) {
		return new EscoFixture(context.getBean(JdbcClient.class), context.getBean(EntityManagerFactory.class),
				context.getBean(PlatformTransactionManager.class), context.getBean(SearchIndex.class));
	}

	/** Inserts the occupations (unless an import already holds them) and indexes them. */
	public EscoFixture load() {
		long present = jdbc.sql("select count(*) from resources_occupation where uri = ?")
			.param(NURSE)
			.query(Long.class)
			.single();
		if (present == 0) {
			transactions.executeWithoutResult(status -> {
				for (String statement : STATEMENTS.split(sql())) {
					String sql = statement.lines()
						.filter(line -> !line.startsWith("--"))
						.reduce((a, b) -> a + "\n" + b)
						.orElse("")
						.strip();
					if (!sql.isEmpty()) {
						jdbc.sql(sql).update();
					}
				}
			});
			loaded = true;
		}
		index.rebuild(NO_PROGRESS, Occupation.class);
		return this;
	}

	public long occupationId(String uri) {
		return jdbc.sql("select id from resources_occupation where uri = ?").param(uri).query(Long.class).single();
	}

	/**
	 * An open offer of the demo centre's area, for the tests of other packages; its id.
	 */
	public long openOffer(String title, String place, String areaCode, long areaId, java.time.LocalDate publishedOn,
			java.time.LocalDate expiresOn) {
		return offer(title, "Offerta di prova.", place, ContractType.PERMANENT, areaCode, areaId, COOK, publishedOn,
				expiresOn)
			.id();
	}

	JobOffer offer(String title, String description, String place, ContractType contract, String areaCode, Long areaId,
			String occupationUri, LocalDate publishedOn, LocalDate expiresOn) {
		JobOffer offer = BeanUtils.instantiateClass(JobOffer.class);
		set(offer, "employer", "Ristorante Da Test");
		set(offer, "title", title);
		set(offer, "description", description);
		set(offer, "place", place);
		set(offer, "contractType", contract);
		set(offer, "areaId", areaId);
		set(offer, "occupationUri", occupationUri);
		set(offer, "language", "it");
		set(offer, "publishedOn", publishedOn);
		set(offer, "expiresOn", expiresOn);
		return persist(offer);
	}

	Course course(String title, String description, Long areaId, String place, String... occupationUris) {
		Course course = BeanUtils.instantiateClass(Course.class);
		set(course, "providerName", "Ente di formazione di prova");
		set(course, "title", title);
		set(course, "description", description);
		set(course, "areaId", areaId);
		set(course, "language", "it");
		set(course, "place", place);
		set(course, "startsOn", LocalDate.of(2026, 4, 1));
		course.occupationUris().addAll(List.of(occupationUris));
		return persist(course);
	}

	LibraryDocument document(String title, String description, String language) {
		LibraryDocument document = BeanUtils.instantiateClass(LibraryDocument.class);
		set(document, "title", title);
		set(document, "kind", DocumentKind.LEAFLET);
		set(document, "language", language);
		set(document, "description", description);
		set(document, "audience", Audience.EVERYONE);
		return persist(document);
	}

	Guide guide(String title, String summary, String body) {
		Guide guide = BeanUtils.instantiateClass(Guide.class);
		set(guide, "title", title);
		set(guide, "summary", summary);
		set(guide, "body", body);
		set(guide, "language", "it");
		return persist(guide);
	}

	/** Changes one field of a saved item through JPA, as a service would. */
	void change(Object item, String field, Object value) {
		Object id = ReflectionTestUtils.getField(item, "id");
		transactions.executeWithoutResult(status -> {
			EntityManager em = entityManager();
			Object managed = em.find(item.getClass(), id);
			set(managed, field, value);
			set(managed, "updatedAt", Instant.parse("2026-03-10T09:30:00Z"));
		});
	}

	/**
	 * Removes the catalogue items through JPA (so the index follows) and the occupations
	 * it inserted.
	 */
	public void clean() {
		transactions.executeWithoutResult(status -> {
			EntityManager em = entityManager();
			for (Object item : items) {
				Object managed = em.find(item.getClass(), ReflectionTestUtils.getField(item, "id"));
				if (managed != null) {
					em.remove(managed);
				}
			}
		});
		items.clear();
		if (loaded) {
			List<String> uris = List.of(NURSE, ELECTRICIAN, DOMESTIC_ELECTRICIAN, COOK, BAKER, WELDER, HAIRDRESSER);
			List<String> skills = jdbc
				.sql("select skill_uri from resources_occupation_skill where occupation_uri in (:uris)")
				.param("uris", uris)
				.query(String.class)
				.list();
			List<String> groups = jdbc
				.sql("select distinct 'http://data.europa.eu/esco/isco/C' || isco_code "
						+ "from resources_occupation where uri in (:uris)")
				.param("uris", uris)
				.query(String.class)
				.list();
			List<String> codes = jdbc
				.sql("select cp_code from resources_occupation_cp2011 where occupation_uri in (:uris)")
				.param("uris", uris)
				.query(String.class)
				.list();
			transactions.executeWithoutResult(status -> {
				jdbc.sql("delete from resources_occupation_skill where occupation_uri in (:uris)")
					.param("uris", uris)
					.update();
				jdbc.sql("delete from resources_occupation_cp2011 where occupation_uri in (:uris)")
					.param("uris", uris)
					.update();
				jdbc.sql("delete from resources_cp2011 where code in (:codes)").param("codes", codes).update();
				jdbc.sql("delete from resources_description where concept_uri in (:uris)").param("uris", uris).update();
				for (List<String> concepts : List.of(uris, skills, groups)) {
					jdbc.sql("delete from resources_label where concept_uri in (:uris)")
						.param("uris", concepts)
						.update();
				}
				jdbc.sql("delete from resources_skill where uri in (:uris)").param("uris", skills).update();
				jdbc.sql("delete from resources_isco_group where uri in (:uris)").param("uris", groups).update();
				jdbc.sql("delete from resources_occupation where uri in (:uris)").param("uris", uris).update();
			});
			loaded = false;
		}
		index.rebuild(NO_PROGRESS, Occupation.class);
	}

	private <T> T persist(T item) {
		set(item, "createdAt", Instant.parse("2026-03-01T09:00:00Z"));
		set(item, "updatedAt", Instant.parse("2026-03-01T09:00:00Z"));
		transactions.executeWithoutResult(status -> entityManager().persist(item));
		items.add(item);
		return item;
	}

	private EntityManager entityManager() {
		return org.springframework.orm.jpa.EntityManagerFactoryUtils
			.getTransactionalEntityManager(entityManagerFactory);
	}

	private static void set(Object target, String field, Object value) {
		ReflectionTestUtils.setField(target, field, value);
	}

	private static String sql() {
		try (InputStream in = EscoFixture.class.getResourceAsStream("/resources/esco-fixture.sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static final ImportJobs.Progress NO_PROGRESS = new ImportJobs.Progress() {

		@Override
		public void phase(String phaseKey, long total) {
		}

		@Override
		public void extend(long steps) {
		}

		@Override
		public void advance(long steps) {
		}
	};

}
