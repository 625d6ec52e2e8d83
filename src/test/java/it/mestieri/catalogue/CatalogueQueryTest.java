package it.mestieri.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.testing.MestieriModuleTest;
import it.mestieri.testing.MutableClock;

/**
 * What the catalogue gives the occupation sheet: courses, open offers (never expired
 * ones) and documents. The catalogue module with the modules it reads, on the demo
 * catalogue, without the rest of the application.
 */
@MestieriModuleTest
class CatalogueQueryTest {

	@Autowired
	Catalogue catalogue;

	@Autowired
	CentreDirectory centre;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void atTuesdayMorning() {
		clock.reset();
	}

	@Test
	void forAnOccupationTheCoursesTheOpenOffersAndTheDocumentsOfTheirAreas() {
		Catalogue.Related nurse = catalogue.forOccupation(DemoCatalogue.NURSE);

		assertThat(nurse.courses()).extracting(Course::title)
			.anyMatch(title -> title.startsWith("Operatore socio-sanitario"));
		assertThat(nurse.offers()).extracting(JobOffer::title).anyMatch(title -> title.startsWith("Infermiere/a"));
		assertThat(nurse.documents()).extracting(LibraryDocument::title)
			.anyMatch(title -> title.startsWith("Guida alle professioni sanitarie"));
		assertThat(
				catalogue.forOccupation("https://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50")
					.offers())
			.isNotEmpty();
		assertThat(catalogue.forOccupation("infermiere").isEmpty()).isTrue();
		assertThat(catalogue.forOccupation(DemoCatalogue.WAREHOUSE_WORKER).offers()).as("expired").isEmpty();
	}

	@Test
	void forAnAreaOffersDisappearTheDayAfterTheyExpire() {
		long work = centre.area("LAVORO").orElseThrow().id().value();
		long open = catalogue.forArea(work).offers().size();
		assertThat(open).isPositive();
		assertThat(catalogue.forArea(work).documents()).isNotEmpty();

		clock.advance(Duration.ofDays(200));

		assertThat(catalogue.forArea(work).offers()).isEmpty();
		assertThat(catalogue.forArea(work).courses()).isNotEmpty();
	}

}
