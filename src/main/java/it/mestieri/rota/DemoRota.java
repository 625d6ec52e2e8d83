package it.mestieri.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DemoMode;

/**
 * The demo rota, in demo mode only, after the demo partners (whose counsellors it puts on
 * duty): "counsellor" at the first work desk on Tuesday to Saturday mornings,
 * "counsellor2" at the first orientation desk in the afternoons, so the other areas show
 * gaps; and the Immacolata closing day.
 */
@Component
@Order(30)
class DemoRota implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRota.class);

	private static final List<DayOfWeek> OPEN_DAYS = List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
			DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

	private final DemoMode demoMode;

	private final RotaStore store;

	private final RotaPlanner planner;

	private final CentreDirectory centre;

	private final StaffDirectory staff;

	private final CentreClock clock;

	DemoRota(DemoMode demoMode, RotaStore store, RotaPlanner planner, CentreDirectory centre, StaffDirectory staff,
			CentreClock clock) {
		this.demoMode = demoMode;
		this.store = store;
		this.planner = planner;
		this.centre = centre;
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || !store.isEmpty()) {
			return;
		}
		LocalDate since = clock.today().minusWeeks(4).with(DayOfWeek.MONDAY);
		Optional<StaffId> marco = staff.findByUsername("counsellor").map(StaffMember::id);
		Optional<StaffId> sara = staff.findByUsername("counsellor2").map(StaffMember::id);
		Optional<Desk> work = firstDesk("LAVORO");
		Optional<Desk> orientation = firstDesk("ORIENTAMENTO");
		if (marco.isEmpty() || sara.isEmpty() || work.isEmpty() || orientation.isEmpty()) {
			return;
		}
		log.info("Demo mode: loading the demo rota");
		for (DayOfWeek day : OPEN_DAYS) {
			planner.add(new ShiftDraft(work.get().id(), null, day, LocalTime.of(10, 0), LocalTime.of(13, 0), since,
					null, List.of(marco.get())));
			planner.add(new ShiftDraft(orientation.get().id(), null, day, LocalTime.of(16, 0), LocalTime.of(19, 0),
					since, null, List.of(sara.get())));
		}
		LocalDate immacolata = MonthDay.of(12, 8).atYear(clock.today().getYear());
		if (immacolata.isBefore(clock.today())) {
			immacolata = immacolata.plusYears(1);
		}
		planner.addClosingDay(null, immacolata, "Immacolata Concezione");
	}

	private Optional<Desk> firstDesk(String area) {
		return centre.area(area).flatMap(a -> centre.desks().stream().filter(d -> d.area().equals(a.id())).findFirst());
	}

}
