package it.mestieri.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Site;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffMember;
import it.mestieri.identity.StaffRole;
import it.mestieri.partners.Partners;

/**
 * What the coordinator's pages and API show of the rota, put together from the modules it
 * reads.
 */
@Component
class RotaViews {

	private final Rota rota;

	private final CentreDirectory centre;

	private final StaffDirectory staff;

	private final Partners partners;

	RotaViews(Rota rota, CentreDirectory centre, StaffDirectory staff, Partners partners) {
		this.rota = rota;
		this.centre = centre;
		this.staff = staff;
		this.partners = partners;
	}

	/** A counsellor who may be put on the rota. */
	record Counsellor(long id, String name, Long partner, String partnerName) {
	}

	record OffRota(long desk, String deskName, String area, long counsellor, String counsellorName, String partnerName,
			Instant takenAt) {
	}

	/** One week of one site: a row per area, a cell per day. */
	record Week(Site site, List<LocalDate> days, List<Row> rows) {
	}

	record Row(Area area, List<Cell> cells) {
	}

	record Cell(LocalDate date, boolean open, String closedFor, List<ShiftOccurrence> occurrences) {
	}

	/** An exception in force, with its shift spelled out. */
	record ExceptionView(long id, long shift, LocalDate date, String site, String area, String areaName, String desk,
			LocalTime start, LocalTime end, ExceptionKind kind, Long counsellor, String counsellorName,
			Long replacement, String replacementName) {
	}

	/**
	 * The exceptions in force between the two dates (both included), in order of date and
	 * start.
	 */
	List<ExceptionView> exceptions(LocalDate from, LocalDate to, Locale locale) {
		var people = rota.people();
		Map<ShiftId, Shift> shifts = new HashMap<>();
		rota.shifts().forEach(shift -> shifts.put(shift.id(), shift));
		return rota.exceptions(from, to).stream().filter(e -> shifts.containsKey(e.shift())).map(e -> {
			Shift shift = shifts.get(e.shift());
			Area area = centre.area(shift.area());
			return new ExceptionView(e.id(), shift.id().value(), e.date(), centre.site(shift.site()).name(),
					area.code(), area.name(locale), centre.desk(shift.desk()).name(), shift.start(), shift.end(),
					e.kind(), e.counsellor() == null ? null : e.counsellor().value(),
					e.counsellor() == null ? null : people.apply(e.counsellor()).name(),
					e.replacement() == null ? null : e.replacement().value(),
					e.replacement() == null ? null : people.apply(e.replacement()).name());
		})
			.sorted(Comparator.comparing(ExceptionView::date)
				.thenComparing(ExceptionView::start)
				.thenComparing(ExceptionView::desk)
				.thenComparing(ExceptionView::id))
			.toList();
	}

	List<Counsellor> counsellors() {
		var people = rota.people();
		return staff.all()
			.stream()
			.filter(m -> m.enabled() && m.has(StaffRole.COUNSELLOR))
			.filter(m -> partners.membership(m.id()).isPresent())
			.map(m -> people.apply(m.id()))
			.map(c -> new Counsellor(c.counsellor().value(), c.name(), c.partner() == null ? null : c.partner().value(),
					c.partnerName()))
			.toList();
	}

	List<OffRota> offRota(List<RotaStore.OffRotaTake> takes) {
		var people = rota.people();
		return takes.stream().map(take -> {
			OnDuty who = people.apply(take.counsellor());
			var desk = centre.desks().stream().filter(d -> d.id().equals(take.desk())).findFirst();
			return new OffRota(take.desk().value(), desk.map(d -> d.name()).orElse("#" + take.desk().value()),
					desk.map(d -> centre.area(d.area()).code()).orElse(""), take.counsellor().value(), who.name(),
					who.partnerName(), take.takenAt());
		}).toList();
	}

	List<Week> weeks(LocalDate monday) {
		LocalDate sunday = monday.plusDays(6);
		List<ShiftOccurrence> occurrences = rota.occurrences(monday, sunday);
		List<ClosingDay> closing = rota.closingDays(monday, sunday);
		List<LocalDate> days = monday.datesUntil(sunday.plusDays(1)).toList();
		List<Week> weeks = new ArrayList<>();
		for (Site site : centre.sites()) {
			List<Row> rows = new ArrayList<>();
			for (Area area : centre.areas()) {
				List<Cell> cells = days.stream()
					.map(day -> new Cell(day, !site.hoursOn(day.getDayOfWeek()).isEmpty(),
							closing.stream()
								.filter(c -> c.date().equals(day) && c.closes(site.id()))
								.map(ClosingDay::reason)
								.findFirst()
								.orElse(null),
							occurrences.stream()
								.filter(o -> o.date().equals(day) && o.site().equals(site.id())
										&& o.area().equals(area.id()))
								.toList()))
					.toList();
				rows.add(new Row(area, cells));
			}
			weeks.add(new Week(site, days, rows));
		}
		return weeks;
	}

	StaffMember member(it.mestieri.identity.StaffId id) {
		return staff.find(id).orElse(null);
	}

}
