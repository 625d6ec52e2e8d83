package it.mestieri.counselling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.partners.Partner;
import it.mestieri.partners.Partners;
import it.mestieri.reception.Channel;
import it.mestieri.reception.CheckIn;
import it.mestieri.reception.DeskWork;
import it.mestieri.reception.Outcome;
import it.mestieri.reception.Reception;
import it.mestieri.reception.ReferralDestination;
import it.mestieri.reception.VisitView;
import it.mestieri.testing.MestieriModuleTest;
import it.mestieri.testing.MutableClock;
import it.mestieri.testing.TestDatabase;

/**
 * The counselling module with the modules it depends on publishes what partner dashboards
 * read: a recorded interview with the counsellor's partner at that time, and a
 * correction.
 */
@MestieriModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
class CounsellingEventsTest {

	@Autowired
	InterviewRecords records;

	@Autowired
	Reception reception;

	@Autowired
	DeskWork deskWork;

	@Autowired
	CentreDirectory centre;

	@Autowired
	Partners partners;

	@Autowired
	StaffDirectory staff;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void emptyReception() {
		clock.reset();
		database.emptyReception();
	}

	@Test
	@WithUserDetails("counsellor")
	void recordingPublishesInterviewRecordedWithTheCounsellorsPartner(Scenario scenario) {
		VisitView visit = inProgress("LAVORO");
		clock.advance(Duration.ofMinutes(18));
		Partner idea = partner("Consorzio Idea Agenzia per il Lavoro");
		Partner solco = partner("Solco Roma");
		InterviewAnswers answers = new InterviewAnswers(Outcome.REFERRED, List.of("CV"), List.of("GUIDA_CV"),
				ReferralDestination.PARTNER_SERVICE, solco.id().value(), true);

		scenario.stimulate(() -> records.record(visit.id(), answers))
			.andWaitForEventOfType(InterviewRecorded.class)
			.toArriveAndVerify((event, interview) -> {
				assertThat(event.interview()).isEqualTo(interview.id());
				assertThat(event.visit()).isEqualTo(visit.id());
				assertThat(event.counsellor()).isEqualTo(staff.findByUsername("counsellor").orElseThrow().id());
				assertThat(event.partner()).isEqualTo(idea.id());
				assertThat(event.area()).isEqualTo(visit.area());
				assertThat(event.desk()).isEqualTo(visit.desk());
				assertThat(event.topics()).hasSize(1);
				assertThat(event.resources()).hasSize(1);
				assertThat(event.referral()).isEqualTo(ReferralDestination.PARTNER_SERVICE);
				assertThat(event.referralPartner()).isEqualTo(solco.id());
				assertThat(event.followUpSuggested()).isTrue();
				assertThat(event.durationMinutes()).isEqualTo(18);
				assertThat(event.recordedAt()).isEqualTo(clock.instant());
			});
	}

	@Test
	@WithUserDetails("counsellor")
	void correctingPublishesInterviewCorrectedWithTheRecordAsItIsNow(Scenario scenario) {
		VisitView visit = inProgress("LAVORO");
		Interview interview = records.record(visit.id(),
				new InterviewAnswers(Outcome.INFORMED, List.of("CV"), List.of(), null, null, false));
		clock.advance(Duration.ofHours(2));

		scenario
			.stimulate(() -> records.correct(interview.id(), 0,
					new InterviewAnswers(null, List.of("CV", "EURES"), List.of(), null, null, true)))
			.andWaitForEventOfType(InterviewCorrected.class)
			.toArriveAndVerify(event -> {
				assertThat(event.interview()).isEqualTo(interview.id());
				assertThat(event.topics()).hasSize(2);
				assertThat(event.followUpSuggested()).isTrue();
				assertThat(event.correctedBy()).isEqualTo(interview.counsellor());
				assertThat(event.correctedAt()).isEqualTo(clock.instant());
				assertThat(event.partner()).isEqualTo(interview.partner());
			});
	}

	private VisitView inProgress(String area) {
		reception.checkIn(CheckIn.ofArea(null, area), Channel.RECEPTION);
		var areaId = centre.area(area).orElseThrow().id();
		Desk desk = centre.desks().stream().filter(each -> each.area().equals(areaId)).findFirst().orElseThrow();
		deskWork.take(desk.id());
		VisitView called = deskWork.callNext(desk.id()).orElseThrow();
		return deskWork.start(called.id());
	}

	private Partner partner(String name) {
		return partners.all().stream().filter(partner -> partner.name().equals(name)).findFirst().orElseThrow();
	}

}
