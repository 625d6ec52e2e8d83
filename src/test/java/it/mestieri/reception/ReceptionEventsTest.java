package it.mestieri.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.reception.ReceptionEvents.TicketCalled;
import it.mestieri.reception.ReceptionEvents.VisitFinished;
import it.mestieri.reception.ReceptionEvents.VisitLeft;
import it.mestieri.reception.ReceptionEvents.VisitStarted;
import it.mestieri.reception.ReceptionEvents.VisitTransferred;
import it.mestieri.reception.ReceptionEvents.VisitorCheckedIn;
import it.mestieri.shared.AgeBand;
import it.mestieri.shared.CitizenshipGroup;
import it.mestieri.shared.EducationLevel;
import it.mestieri.shared.Gender;
import it.mestieri.shared.OccupationalStatus;
import it.mestieri.shared.Residence;
import it.mestieri.testing.MestieriModuleTest;
import it.mestieri.testing.MutableClock;
import it.mestieri.testing.TestDatabase;

/**
 * The reception module on its own (with the modules it depends on) publishes what happens
 * for statistics to consume: a check-in, a call, a finished visit. No event carries a
 * name.
 */
@MestieriModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
class ReceptionEventsTest {

	@Autowired
	Reception reception;

	@Autowired
	DeskWork deskWork;

	@Autowired
	CentreDirectory centre;

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
	void checkingInPublishesVisitorCheckedInWithTheProfileBands(Scenario scenario) {
		CheckIn checkIn = new CheckIn(null, "LAVORO", "CV", Gender.MAN, AgeBand.FROM_40_TO_49,
				OccupationalStatus.UNEMPLOYED, EducationLevel.ISCED_5_8, CitizenshipGroup.OTHER_EU,
				Residence.METRO_AREA, null, true, "K7QF-29XM", false);

		scenario.stimulate(() -> reception.checkIn(checkIn, Channel.RECEPTION))
			.andWaitForEventOfType(VisitorCheckedIn.class)
			.toArriveAndVerify((event, visit) -> {
				assertThat(event.visit()).isEqualTo(visit.id());
				assertThat(event.ticket()).isEqualTo("L-001");
				assertThat(event.area()).isEqualTo(centre.area("LAVORO").orElseThrow().id());
				assertThat(event.channel()).isEqualTo(Channel.RECEPTION);
				assertThat(event.topic()).isNotNull();
				assertThat(event.gender()).isEqualTo(Gender.MAN);
				assertThat(event.ageBand()).isEqualTo(AgeBand.FROM_40_TO_49);
				assertThat(event.residence()).isEqualTo(Residence.METRO_AREA);
				assertThat(event.firstVisit()).isTrue();
				assertThat(event.withVisitorCard()).isTrue();
				assertThat(event.checkedInAt()).isEqualTo(clock.instant());
			});
	}

	@Test
	@WithUserDetails("counsellor")
	void callingTheNextTicketPublishesTicketCalledWithTheDesk(Scenario scenario) {
		VisitView waiting = reception.checkIn(CheckIn.ofArea(null, "IMPRESA"), Channel.KIOSK);
		Desk desk = firstDeskOf("IMPRESA");
		deskWork.take(desk.id());

		scenario.stimulate(() -> deskWork.callNext(desk.id()).orElseThrow())
			.andWaitForEventOfType(TicketCalled.class)
			.toArriveAndVerify(event -> {
				assertThat(event.visit()).isEqualTo(waiting.id());
				assertThat(event.ticket()).isEqualTo("I-001");
				assertThat(event.desk()).isEqualTo(desk.id());
				assertThat(event.site()).isEqualTo(desk.site());
				assertThat(event.callCount()).isEqualTo(1);
			});
	}

	@Test
	@WithUserDetails("counsellor")
	void finishingAnInterviewPublishesVisitFinishedWithItsTimes(Scenario scenario) {
		reception.checkIn(CheckIn.ofArea(null, "FORMAZIONE"), Channel.RECEPTION);
		Desk desk = firstDeskOf("FORMAZIONE");
		deskWork.take(desk.id());
		VisitView called = deskWork.callNext(desk.id()).orElseThrow();
		deskWork.start(called.id());

		scenario.stimulate(() -> deskWork.finish(called.id(), Outcome.REFERRED, ReferralDestination.COURSE))
			.andWaitForEventOfType(VisitFinished.class)
			.toArriveAndVerify(event -> {
				assertThat(event.visit()).isEqualTo(called.id());
				assertThat(event.outcome()).isEqualTo(Outcome.REFERRED);
				assertThat(event.referral()).isEqualTo(ReferralDestination.COURSE);
				assertThat(event.checkedInAt()).isNotNull();
				assertThat(event.finishedAt()).isNotNull();
			});
	}

	@Test
	@WithUserDetails("counsellor")
	void startingAVisitPublishesVisitStartedWithItsSiteAndWait(Scenario scenario) {
		reception.checkIn(CheckIn.ofArea(null, "LAVORO"), Channel.KIOSK);
		Desk desk = firstDeskOf("LAVORO");
		deskWork.take(desk.id());
		VisitView called = deskWork.callNext(desk.id()).orElseThrow();

		scenario.stimulate(() -> deskWork.start(called.id()))
			.andWaitForEventOfType(VisitStarted.class)
			.toArriveAndVerify(event -> {
				assertThat(event.visit()).isEqualTo(called.id());
				assertThat(event.site()).isEqualTo(desk.site());
				assertThat(event.desk()).isEqualTo(desk.id());
				assertThat(event.checkedInAt()).isNotNull();
				assertThat(event.calledAt()).isNotNull();
				assertThat(event.startedAt()).isEqualTo(clock.instant());
			});
	}

	@Test
	@WithUserDetails("counsellor")
	void aVisitorWhoDoesNotComeWhenCalledIsPublishedAsLeftWithTheWaitAndTheCall(Scenario scenario) {
		VisitView waiting = reception.checkIn(CheckIn.ofArea(null, "IMPRESA"), Channel.KIOSK);
		Desk desk = firstDeskOf("IMPRESA");
		deskWork.take(desk.id());
		deskWork.callNext(desk.id()).orElseThrow();

		scenario.stimulate(() -> deskWork.noShow(waiting.id()))
			.andWaitForEventOfType(VisitLeft.class)
			.toArriveAndVerify(event -> {
				assertThat(event.visit()).isEqualTo(waiting.id());
				assertThat(event.site()).isEqualTo(desk.site());
				assertThat(event.area()).isEqualTo(desk.area());
				assertThat(event.checkedInAt()).isNotNull();
				assertThat(event.calledAt()).isNotNull();
				assertThat(event.leftAt()).isNotNull();
			});
	}

	@Test
	void aVisitorWhoGoesFromTheQueueIsPublishedAsLeftNeverCalled(Scenario scenario) {
		VisitView waiting = reception.checkIn(CheckIn.ofArea(null, "FORMAZIONE"), Channel.RECEPTION);

		scenario.stimulate(() -> reception.leave(waiting.id()))
			.andWaitForEventOfType(VisitLeft.class)
			.toArriveAndVerify(event -> {
				assertThat(event.site()).isNotNull();
				assertThat(event.checkedInAt()).isNotNull();
				assertThat(event.calledAt()).isNull();
			});
	}

	@Test
	@WithUserDetails("reception")
	void aTransferIsPublishedWithBothAreasTheSiteAndTheCheckIn(Scenario scenario) {
		VisitView waiting = reception.checkIn(CheckIn.ofArea(null, "LAVORO"), Channel.RECEPTION);

		scenario.stimulate(() -> reception.transfer(waiting.id(), "IMPRESA"))
			.andWaitForEventOfType(VisitTransferred.class)
			.toArriveAndVerify(event -> {
				assertThat(event.fromArea()).isEqualTo(centre.area("LAVORO").orElseThrow().id());
				assertThat(event.toArea()).isEqualTo(centre.area("IMPRESA").orElseThrow().id());
				assertThat(event.site()).isNotNull();
				assertThat(event.checkedInAt()).isEqualTo(clock.instant());
			});
	}

	private Desk firstDeskOf(String area) {
		var areaId = centre.area(area).orElseThrow().id();
		return centre.desks().stream().filter(desk -> desk.area().equals(areaId)).findFirst().orElseThrow();
	}

}
