package it.mestieri.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.centre.OpeningHours;
import it.mestieri.centre.Site;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.identity.StaffRole;
import it.mestieri.partners.Partners;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/** The coordinator's changes to the rota, each checked before it is saved. */
@Service
@Transactional
class RotaPlanner {

	static final int MAX_REASON = 200;
	static final int MAX_RANGE_DAYS = 92;

	private final RotaStore store;

	private final CentreDirectory centre;

	private final StaffDirectory staff;

	private final Partners partners;

	private final CentreClock clock;

	RotaPlanner(RotaStore store, CentreDirectory centre, StaffDirectory staff, Partners partners, CentreClock clock) {
		this.store = store;
		this.centre = centre;
		this.staff = staff;
		this.partners = partners;
		this.clock = clock;
	}

	ShiftId add(ShiftDraft draft) {
		Shift shift = check(null, draft);
		return store.insert(shift);
	}

	/**
	 * Changes a shift if nobody else did since {@code version}; a stale version is a 409.
	 */
	Shift update(ShiftId id, long version, ShiftDraft draft) {
		Shift current = require(id);
		if (current.version() != version) {
			throw DomainException.conflict("rota.shift.stale", current.version());
		}
		Shift changed = check(id, draft);
		if (!store.update(changed, version)) {
			throw DomainException.conflict("rota.shift.stale", require(id).version());
		}
		return require(id);
	}

	/** Ends a shift: its last date becomes {@code lastDate}. */
	Shift end(ShiftId id, LocalDate lastDate) {
		Shift current = require(id);
		if (lastDate == null) {
			throw DomainException.invalid("rota.date.required");
		}
		if (lastDate.isBefore(current.validFrom())) {
			throw DomainException.invalid("rota.validity.order");
		}
		Shift ended = new Shift(id, current.site(), current.area(), current.desk(), current.weekday(), current.start(),
				current.end(), current.validFrom(), lastDate, current.counsellors(), current.version(), clock.now());
		if (!store.update(ended, current.version())) {
			throw DomainException.conflict("rota.shift.stale", require(id).version());
		}
		return require(id);
	}

	void delete(ShiftId id) {
		require(id);
		store.delete(id);
	}

	/**
	 * Adds an exception for one date of a shift or, with {@code until}, for every date
	 * from {@code date} to {@code until} (both included) on which the shift occurs: all
	 * of them or none. A range is for cancellations and absences only, and covers at most
	 * {@value #MAX_RANGE_DAYS} days.
	 */
	List<Long> addExceptions(ShiftId id, LocalDate date, LocalDate until, ExceptionKind kind, StaffId counsellor,
			StaffId replacement) {
		if (date == null) {
			throw DomainException.invalid("rota.date.required");
		}
		if (kind == null) {
			throw DomainException.invalid("rota.exception.kind.required");
		}
		boolean range = until != null && !until.equals(date);
		if (range) {
			if (kind == ExceptionKind.SWAP) {
				throw DomainException.invalid("rota.exception.until.swap");
			}
			if (until.isBefore(date)) {
				throw DomainException.invalid("rota.exception.until.order", date, until);
			}
			if (until.isAfter(date.plusDays(MAX_RANGE_DAYS - 1L))) {
				throw DomainException.invalid("rota.exception.until.tooLong", MAX_RANGE_DAYS);
			}
		}
		Shift shift = require(id);
		List<LocalDate> dates;
		if (range) {
			dates = date.datesUntil(until.plusDays(1)).filter(shift::occursOn).toList();
			if (dates.isEmpty()) {
				throw DomainException.invalid("rota.exception.noDateInRange", date, until);
			}
		}
		else {
			if (!shift.occursOn(date)) {
				throw DomainException.invalid("rota.exception.notOnThatDate", date);
			}
			dates = List.of(date);
		}
		List<ShiftException> checked = new ArrayList<>();
		for (LocalDate day : dates) {
			checked.add(check(shift, day, kind, counsellor, replacement, range));
		}
		return checked.stream().map(store::insert).toList();
	}

	/**
	 * One date's exception, checked against the shift and the exceptions already in force
	 * that date.
	 */
	private ShiftException check(Shift shift, LocalDate date, ExceptionKind kind, StaffId counsellor,
			StaffId replacement, boolean range) {
		List<ShiftException> existing = store.exceptions(shift.id(), date);
		String duplicate = range ? "rota.exception.duplicateOn" : "rota.exception.duplicate";
		if (kind == ExceptionKind.CANCELLED) {
			if (existing.stream().anyMatch(e -> e.kind() == ExceptionKind.CANCELLED)) {
				throw DomainException.conflict(duplicate, date);
			}
			return new ShiftException(0, shift.id(), date, kind, null, null, clock.now(), null);
		}
		if (counsellor == null) {
			throw DomainException.invalid("rota.exception.counsellor.required");
		}
		if (!shift.counsellors().contains(counsellor)) {
			throw DomainException.invalid("rota.exception.notOnShift", name(counsellor));
		}
		if (existing.stream().anyMatch(e -> counsellor.equals(e.counsellor()))) {
			throw DomainException.conflict(duplicate, date);
		}
		if (kind == ExceptionKind.SWAP) {
			if (replacement == null) {
				throw DomainException.invalid("rota.exception.replacement.required");
			}
			if (shift.counsellors().contains(replacement)
					|| existing.stream().anyMatch(e -> replacement.equals(e.replacement()))) {
				throw DomainException.invalid("rota.exception.replacement.onShift", name(replacement));
			}
			requireCounsellor(replacement);
		}
		return new ShiftException(0, shift.id(), date, kind, counsellor,
				kind == ExceptionKind.SWAP ? replacement : null, clock.now(), null);
	}

	/**
	 * Removes an exception: its date is as the shift says again (the row stays, marked
	 * removed).
	 */
	void removeException(long id) {
		ShiftException exception = store.exception(id)
			.filter(ShiftException::active)
			.orElseThrow(() -> DomainException.notFound("rota.exception.unknown", id));
		store.removeException(exception.id(), clock.now());
	}

	/** Closes the whole centre ({@code site} null) or one site on a date. */
	long addClosingDay(SiteId site, LocalDate date, String reason) {
		if (date == null) {
			throw DomainException.invalid("rota.date.required");
		}
		if (site != null) {
			requireSite(site);
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw DomainException.invalid("rota.closingDay.reason", MAX_REASON);
		}
		boolean taken = store.closingDays(date, date)
			.stream()
			.anyMatch(day -> day.active() && (day.site() == null || site == null || day.site().equals(site)));
		if (taken) {
			throw DomainException.conflict("rota.closingDay.duplicate", date);
		}
		return store.insert(new ClosingDay(0, site, date, why, clock.now(), null));
	}

	void removeClosingDay(long id) {
		ClosingDay day = store.closingDay(id)
			.filter(ClosingDay::active)
			.orElseThrow(() -> DomainException.notFound("rota.closingDay.unknown", id));
		store.remove(day.id(), clock.now());
	}

	private Shift require(ShiftId id) {
		return store.shift(id).orElseThrow(() -> DomainException.notFound("rota.shift.unknown", id.value()));
	}

	private Site requireSite(SiteId id) {
		return centre.findSite(id).orElseThrow(() -> DomainException.invalid("rota.site.unknown", id.value()));
	}

	/**
	 * Checks a draft against the centre, the staff and the other shifts; the shift to
	 * save.
	 */
	private Shift check(ShiftId id, ShiftDraft draft) {
		if (draft.desk() == null) {
			throw DomainException.invalid("rota.desk.required");
		}
		Desk desk = centre.desks()
			.stream()
			.filter(d -> d.id().equals(draft.desk()))
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("rota.desk.unknown", draft.desk().value()));
		Area area = centre.area(desk.area());
		if (draft.area() != null && !draft.area().isBlank()) {
			Area asked = centre.requireArea(draft.area());
			if (!asked.id().equals(area.id())) {
				throw DomainException.invalid("rota.desk.otherArea", desk.name(), area.code(), asked.code());
			}
		}
		if (draft.weekday() == null) {
			throw DomainException.invalid("rota.weekday.required");
		}
		if (draft.start() == null || draft.end() == null) {
			throw DomainException.invalid("rota.time.required");
		}
		if (!draft.start().isBefore(draft.end())) {
			throw DomainException.invalid("rota.time.order", draft.start(), draft.end());
		}
		Site site = requireSite(desk.site());
		List<OpeningHours> open = site.hoursOn(draft.weekday());
		boolean inside = open.stream()
			.anyMatch(hours -> !draft.start().isBefore(hours.opens()) && !draft.end().isAfter(hours.closes()));
		if (!inside) {
			String hours = open.isEmpty() ? "-"
					: open.stream().map(h -> h.opens() + "–" + h.closes()).collect(Collectors.joining(", "));
			throw DomainException.invalid(open.isEmpty() ? "rota.time.closedDay" : "rota.time.outsideOpeningHours",
					DomainException.term("rota.weekday." + draft.weekday().name()), draft.start(), draft.end(),
					site.name(), hours);
		}
		if (draft.validFrom() == null) {
			throw DomainException.invalid("rota.validFrom.required");
		}
		if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
			throw DomainException.invalid("rota.validity.order");
		}
		List<StaffId> counsellors = draft.counsellors() == null ? List.of() : draft.counsellors();
		if (counsellors.isEmpty() || counsellors.size() > 2) {
			throw DomainException.invalid("rota.counsellors.count", counsellors.size());
		}
		Set<StaffId> distinct = new HashSet<>(counsellors);
		if (distinct.size() != counsellors.size()) {
			throw DomainException.invalid("rota.counsellors.twice");
		}
		counsellors.forEach(this::requireCounsellor);
		Instant now = clock.now();
		Shift shift = new Shift(id, site.id(), area.id(), desk.id(), draft.weekday(), draft.start(), draft.end(),
				draft.validFrom(), draft.validTo(), counsellors, 0, now);
		int atDesk = counsellors.size();
		for (Shift other : store.shifts()) {
			if (other.id().equals(id) || !other.overlaps(shift)) {
				continue;
			}
			for (StaffId counsellor : counsellors) {
				if (other.counsellors().contains(counsellor)) {
					throw DomainException.conflict("rota.counsellor.busy", name(counsellor),
							centre.desk(other.desk()).name(), other.start(), other.end());
				}
			}
			if (other.desk().equals(desk.id())) {
				atDesk += other.counsellors().size();
			}
		}
		if (atDesk > 2) {
			throw DomainException.conflict("rota.desk.full", desk.name());
		}
		return shift;
	}

	/**
	 * A member of staff who may be on the rota: a counsellor who belongs to a partner.
	 */
	private StaffMember requireCounsellor(StaffId id) {
		StaffMember member = staff.find(id)
			.orElseThrow(() -> DomainException.invalid("rota.counsellor.unknown", id.value()));
		if (!member.has(StaffRole.COUNSELLOR) || !member.enabled()) {
			throw DomainException.invalid("rota.counsellor.notCounsellor", member.displayName());
		}
		if (partners.membership(id).isEmpty()) {
			throw DomainException.invalid("rota.counsellor.noPartner", member.displayName());
		}
		return member;
	}

	private String name(StaffId id) {
		return staff.find(id).map(StaffMember::displayName).orElse("#" + id.value());
	}

}
