package it.mestieri.rota;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.partners.Partner;
import it.mestieri.partners.PartnerId;
import it.mestieri.partners.PartnerMember;
import it.mestieri.partners.Partners;
import it.mestieri.shared.CentreClock;

/**
 * The duty rota as the rest of the application reads it: the occurrences of the weekly
 * shifts between two dates after exceptions (cancellations, absences, swaps) and closing
 * days, who is on duty when, the gaps, and the hours each counsellor is scheduled for.
 */
@Service
@Transactional(readOnly = true)
public class Rota {

	private final RotaStore store;

	private final CentreDirectory centre;

	private final StaffDirectory staff;

	private final Partners partners;

	private final CentreClock clock;

	Rota(RotaStore store, CentreDirectory centre, StaffDirectory staff, Partners partners, CentreClock clock) {
		this.store = store;
		this.centre = centre;
		this.staff = staff;
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * Every occurrence of every shift from {@code from} to {@code to} (both included), in
	 * order of start, cancelled ones included ({@link ShiftOccurrence#cancelled()}).
	 */
	public List<ShiftOccurrence> occurrences(LocalDate from, LocalDate to) {
		return RotaCalculation.occurrences(store.shifts(from, to), store.exceptions(from, to),
				store.closingDays(from, to), clock.zone(), from, to, people());
	}

	/** The occurrences where that counsellor is on duty or was expected but is away. */
	public List<ShiftOccurrence> occurrencesOf(StaffId counsellor, LocalDate from, LocalDate to) {
		return occurrences(from, to).stream()
			.filter(o -> o.hasOnDuty(counsellor) || o.away().contains(counsellor)
					|| o.shift().counsellors().contains(counsellor))
			.toList();
	}

	/** The weekly shifts, as they are now. */
	public List<Shift> shifts() {
		return store.shifts();
	}

	public Optional<Shift> shift(ShiftId id) {
		return store.shift(id);
	}

	/** The closing days in force between the two dates. */
	public List<ClosingDay> closingDays(LocalDate from, LocalDate to) {
		return store.closingDays(from, to).stream().filter(ClosingDay::active).toList();
	}

	/**
	 * The exceptions in force between the two dates (both included), in order of date.
	 */
	List<ShiftException> exceptions(LocalDate from, LocalDate to) {
		return store.exceptions(from, to).stream().filter(ShiftException::active).toList();
	}

	/**
	 * Whether the counsellor has a staffed occurrence in the desk's area at the desk's
	 * site at that instant.
	 */
	public boolean onDuty(StaffId counsellor, DeskId deskId, Instant at) {
		Desk desk = centre.desk(deskId);
		LocalDate day = LocalDate.ofInstant(at, clock.zone());
		return occurrences(day, day).stream()
			.anyMatch(o -> o.staffed() && o.covers(at) && o.hasOnDuty(counsellor) && o.site().equals(desk.site())
					&& o.area().equals(desk.area()));
	}

	/**
	 * For each area of the site with somebody on duty at that instant, until when (local
	 * time) without a break: back-to-back shifts count as one stretch.
	 */
	public Map<AreaId, LocalTime> onDutyUntil(SiteId site, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, clock.zone());
		List<ShiftOccurrence> staffed = occurrences(day, day).stream()
			.filter(o -> o.staffed() && o.site().equals(site))
			.toList();
		Map<AreaId, LocalTime> until = new LinkedHashMap<>();
		for (ShiftOccurrence now : staffed.stream().filter(o -> o.covers(at)).toList()) {
			Instant end = now.end();
			boolean extended = true;
			while (extended) {
				extended = false;
				for (ShiftOccurrence next : staffed) {
					if (next.area().equals(now.area()) && !next.start().isAfter(end) && next.end().isAfter(end)) {
						end = next.end();
						extended = true;
					}
				}
			}
			LocalTime local = end.atZone(clock.zone()).toLocalTime();
			until.merge(now.area(), local, (a, b) -> a.isAfter(b) ? a : b);
		}
		return until;
	}

	/**
	 * The gaps from {@code from} to {@code to}: for every site and walk-in area, the
	 * opening hours when no counsellor is on duty (closed days have none), in order of
	 * date, site and area.
	 */
	public List<RotaGap> gaps(LocalDate from, LocalDate to) {
		List<ClosingDay> closing = store.closingDays(from, to);
		return RotaCalculation.gaps(centre.sites(), centre.areas(), occurrences(from, to), closing, clock.zone(), from,
				to);
	}

	/**
	 * Hours on the rota from {@code from} to {@code to} (both included), per counsellor,
	 * partner and area: the staffed occurrences after exceptions and closing days, each
	 * counsellor of a shift of two counted in full. A swap gives the time to the
	 * replacement; an absence to nobody. The partner is the one the counsellor belongs to
	 * now (null when none). For the "committed versus delivered" comparison, beside the
	 * desk sessions actually worked.
	 */
	public List<ScheduledHours> scheduledHours(LocalDate from, LocalDate to) {
		Map<List<Object>, Duration> totals = new LinkedHashMap<>();
		Map<List<Object>, OnDuty> who = new LinkedHashMap<>();
		for (ShiftOccurrence occurrence : occurrences(from, to)) {
			if (!occurrence.staffed()) {
				continue;
			}
			for (OnDuty counsellor : occurrence.counsellors()) {
				List<Object> key = new ArrayList<>();
				key.add(counsellor.counsellor());
				key.add(counsellor.partner() == null ? "" : counsellor.partner());
				key.add(occurrence.area());
				totals.merge(key, occurrence.duration(), Duration::plus);
				who.put(key, counsellor);
			}
		}
		return totals.entrySet()
			.stream()
			.map(entry -> new ScheduledHours(who.get(entry.getKey()).counsellor(), who.get(entry.getKey()).partner(),
					(AreaId) entry.getKey().get(2), entry.getValue()))
			.toList();
	}

	/** Who a staff id is on the rota: name, partner and consent, read once per call. */
	Function<StaffId, OnDuty> people() {
		Map<Long, StaffMember> members = new LinkedHashMap<>();
		staff.all().forEach(member -> members.put(member.id().value(), member));
		Map<Long, PartnerMember> memberships = new LinkedHashMap<>();
		partners.allMembers().forEach(member -> memberships.put(member.staff().value(), member));
		Map<Long, Partner> partnersById = new LinkedHashMap<>();
		partners.all().forEach(partner -> partnersById.put(partner.id().value(), partner));
		return id -> {
			StaffMember member = members.get(id.value());
			PartnerMember membership = memberships.get(id.value());
			Partner partner = membership == null ? null : partnersById.get(membership.partner().value());
			return new OnDuty(id, member == null ? "#" + id.value() : member.displayName(),
					partner == null ? null : partner.id(), partner == null ? null : partner.name(),
					membership != null && membership.namePublic());
		};
	}

}
