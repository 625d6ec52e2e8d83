package it.mestieri.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.Site;
import it.mestieri.centre.SiteBuilder;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.identity.StaffRole;
import it.mestieri.partners.PartnerId;
import it.mestieri.partners.PartnerMember;
import it.mestieri.partners.Partners;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules a shift must keep before it is saved, on the planner alone: the centre, the
 * staff, the partners and the saved shifts are stand-ins that answer what each case
 * needs. {@link RotaApiTests} checks the same refusals over HTTP on both databases, with
 * their messages.
 */
class RotaPlannerTest {

	static final Site ROME = SiteBuilder.likeRome();

	static final Area LAVORO = new Area(new AreaId(1), "LAVORO", "Lavoro", "Work", "L", "#06c", null, true);

	static final Area FORMAZIONE = new Area(new AreaId(2), "FORMAZIONE", "Formazione", "Training", "F", "#090", null,
			true);

	static final Desk DESK_1 = new Desk(new DeskId(1), ROME.id(), LAVORO.id(), "Postazione 1");

	static final StaffId MARCO = new StaffId(10);

	static final StaffId GIULIA = new StaffId(11);

	static final StaffId ANNA = new StaffId(12);

	static final StaffId RECEPTION = new StaffId(13);

	static final StaffId WITHOUT_PARTNER = new StaffId(14);

	final RotaStore store = mock(RotaStore.class);

	final CentreDirectory centre = mock(CentreDirectory.class);

	final StaffDirectory staff = mock(StaffDirectory.class);

	final Partners partners = mock(Partners.class);

	final List<Shift> saved = new ArrayList<>();

	RotaPlanner planner;

	@BeforeEach
	void aCentreWithOneDeskOfWorkAndThreeCounsellors() {
		when(centre.desks()).thenReturn(List.of(DESK_1));
		when(centre.desk(DESK_1.id())).thenReturn(DESK_1);
		when(centre.area(LAVORO.id())).thenReturn(LAVORO);
		when(centre.requireArea("LAVORO")).thenReturn(LAVORO);
		when(centre.requireArea("FORMAZIONE")).thenReturn(FORMAZIONE);
		when(centre.findSite(ROME.id())).thenReturn(Optional.of(ROME));
		for (StaffId counsellor : List.of(MARCO, GIULIA, ANNA, WITHOUT_PARTNER)) {
			member(counsellor, StaffRole.COUNSELLOR);
		}
		member(RECEPTION, StaffRole.RECEPTION);
		for (StaffId counsellor : List.of(MARCO, GIULIA, ANNA)) {
			when(partners.membership(counsellor))
				.thenReturn(Optional.of(new PartnerMember(counsellor, new PartnerId(1), true)));
		}
		when(store.shifts()).thenReturn(saved);
		when(store.insert(any(Shift.class))).thenReturn(new ShiftId(99));
		planner = new RotaPlanner(store, centre, staff, partners,
				new CentreClock(Clock.fixed(Instant.parse("2026-03-10T09:30:00Z"), ZoneId.of("Europe/Rome")),
						ZoneId.of("Europe/Rome")));
	}

	private void member(StaffId id, StaffRole role) {
		when(staff.find(id)).thenReturn(
				Optional.of(new StaffMember(id, "user" + id.value(), "Persona " + id.value(), Set.of(role), true)));
	}

	/** A Tuesday shift at desk 1 from 10 March 2026, with no end. */
	static ShiftDraft tuesday(String start, String end, StaffId... counsellors) {
		return new ShiftDraft(DESK_1.id(), null, DayOfWeek.TUESDAY, LocalTime.parse(start), LocalTime.parse(end),
				LocalDate.of(2026, 3, 10), null, List.of(counsellors));
	}

	static Shift savedShift(long id, String start, String end, StaffId... counsellors) {
		return new Shift(new ShiftId(id), ROME.id(), LAVORO.id(), DESK_1.id(), DayOfWeek.TUESDAY,
				LocalTime.parse(start), LocalTime.parse(end), LocalDate.of(2026, 1, 1), null, List.of(counsellors), 0,
				Instant.EPOCH);
	}

	private void assertRefused(ShiftDraft draft, String messageKey) {
		assertThatThrownBy(() -> planner.add(draft)).isInstanceOfSatisfying(DomainException.class,
				refusal -> assertThat(refusal.messageKey()).isEqualTo(messageKey));
		verify(store, never()).insert(any(Shift.class));
	}

	@Test
	void aShiftWithinTheOpeningHoursOfTwoCounsellorsOfAPartnerIsSaved() {
		assertThat(planner.add(tuesday("10:00", "13:00", MARCO, GIULIA))).isEqualTo(new ShiftId(99));
		verify(store).insert(any(Shift.class));
	}

	@Test
	void aShiftMustFitInOneOpeningIntervalOfAnOpenDay() {
		assertRefused(tuesday("12:00", "17:00", MARCO), "rota.time.outsideOpeningHours");
		assertRefused(tuesday("09:00", "11:00", MARCO), "rota.time.outsideOpeningHours");
		assertRefused(new ShiftDraft(DESK_1.id(), null, DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
				LocalDate.of(2026, 3, 9), null, List.of(MARCO)), "rota.time.closedDay");
	}

	@Test
	void aShiftEndsAfterItStartsAndIsValidForwards() {
		assertRefused(tuesday("12:00", "11:00", MARCO), "rota.time.order");
		assertRefused(tuesday("11:00", "11:00", MARCO), "rota.time.order");
		assertRefused(new ShiftDraft(DESK_1.id(), null, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
				LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9), List.of(MARCO)), "rota.validity.order");
	}

	@Test
	void theDeskMustExistAndBelongToTheAreaAskedFor() {
		assertRefused(new ShiftDraft(new DeskId(404), null, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
				LocalDate.of(2026, 3, 10), null, List.of(MARCO)), "rota.desk.unknown");
		assertRefused(new ShiftDraft(DESK_1.id(), "FORMAZIONE", DayOfWeek.TUESDAY, LocalTime.of(10, 0),
				LocalTime.of(12, 0), LocalDate.of(2026, 3, 10), null, List.of(MARCO)), "rota.desk.otherArea");
	}

	@Test
	void oneOrTwoCounsellorsEachOnceEachACounsellorOfAPartner() {
		assertRefused(tuesday("10:00", "12:00"), "rota.counsellors.count");
		assertRefused(tuesday("10:00", "12:00", MARCO, GIULIA, ANNA), "rota.counsellors.count");
		assertRefused(tuesday("10:00", "12:00", MARCO, MARCO), "rota.counsellors.twice");
		assertRefused(tuesday("10:00", "12:00", RECEPTION), "rota.counsellor.notCounsellor");
		assertRefused(tuesday("10:00", "12:00", WITHOUT_PARTNER), "rota.counsellor.noPartner");
		assertRefused(tuesday("10:00", "12:00", new StaffId(404)), "rota.counsellor.unknown");
	}

	@Test
	void aCounsellorIsAtOneDeskAtATimeAndADeskHoldsTwo() {
		saved.add(savedShift(1, "11:00", "13:00", MARCO));

		assertRefused(tuesday("10:00", "12:00", MARCO), "rota.counsellor.busy");
		assertRefused(tuesday("10:00", "12:00", GIULIA, ANNA), "rota.desk.full");
		assertThat(planner.add(tuesday("10:00", "11:00", GIULIA, ANNA))).as("back to back with Marco's shift")
			.isNotNull();
		assertThat(planner.add(tuesday("10:00", "12:00", GIULIA))).as("Marco and Giulia together").isNotNull();
	}

	@Test
	void aShiftThatEndedBeforeTheNewOneStartsIsNoObstacle() {
		saved.add(new Shift(new ShiftId(1), ROME.id(), LAVORO.id(), DESK_1.id(), DayOfWeek.TUESDAY, LocalTime.of(10, 0),
				LocalTime.of(13, 0), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 3), List.of(MARCO, GIULIA), 0,
				Instant.EPOCH));

		assertThat(planner.add(tuesday("10:00", "13:00", MARCO, ANNA))).isNotNull();
	}

}
