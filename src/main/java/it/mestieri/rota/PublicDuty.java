package it.mestieri.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Site;
import it.mestieri.shared.CentreClock;

/**
 * Who is on duty, as the public may see it: per day and area, the time slots with the
 * partner organisations, and a counsellor's name only when the counsellor agreed to it.
 */
@Component
class PublicDuty {

	private final Rota rota;

	private final CentreDirectory centre;

	private final CentreClock clock;

	PublicDuty(Rota rota, CentreDirectory centre, CentreClock clock) {
		this.rota = rota;
		this.centre = centre;
		this.clock = clock;
	}

	/**
	 * A day: closing days (with site name, or null for the whole centre) and the areas
	 * with their slots.
	 */
	record Day(LocalDate date, List<Closure> closures, List<AreaSlots> areas) {

		boolean closed() {
			return closures.stream().anyMatch(closure -> closure.site() == null);
		}
	}

	record Closure(String site, String reason) {
	}

	record AreaSlots(Area area, List<Slot> slots) {
	}

	/** A time slot of an area at a site; {@code now} when under way at the time asked. */
	record Slot(String site, LocalTime start, LocalTime end, List<String> partners, List<String> names, boolean now) {
	}

	/**
	 * From {@code from} for {@code days} days; with {@code laterThan}, only slots not yet
	 * over then.
	 */
	List<Day> days(LocalDate from, int days, Instant laterThan) {
		LocalDate to = from.plusDays(days - 1L);
		List<ShiftOccurrence> staffed = rota.occurrences(from, to).stream().filter(ShiftOccurrence::staffed).toList();
		List<ClosingDay> closingDays = rota.closingDays(from, to);
		Instant now = clock.now();
		List<Day> result = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			LocalDate day = date;
			List<Closure> closures = closingDays.stream()
				.filter(c -> c.date().equals(day))
				.map(c -> new Closure(c.site() == null ? null : centre.findSite(c.site()).map(Site::name).orElse(null),
						c.reason()))
				.toList();
			List<AreaSlots> areas = new ArrayList<>();
			for (Area area : centre.areas()) {
				Map<List<Object>, Slot> slots = new LinkedHashMap<>();
				staffed.stream()
					.filter(o -> o.date().equals(day) && o.area().equals(area.id())
							&& (laterThan == null || o.end().isAfter(laterThan)))
					.forEach(o -> {
						List<Object> key = List.of(o.site(), o.shift().start(), o.shift().end());
						Slot before = slots.get(key);
						LinkedHashSet<String> partners = new LinkedHashSet<>(
								before == null ? List.of() : before.partners());
						LinkedHashSet<String> names = new LinkedHashSet<>(before == null ? List.of() : before.names());
						o.counsellors()
							.stream()
							.map(OnDuty::partnerName)
							.filter(Objects::nonNull)
							.forEach(partners::add);
						o.counsellors().forEach(c -> c.publicName().ifPresent(names::add));
						slots.put(key, new Slot(centre.findSite(o.site()).map(Site::name).orElse(""), o.shift().start(),
								o.shift().end(), List.copyOf(partners), List.copyOf(names), o.covers(now)));
					});
				if (!slots.isEmpty()) {
					areas.add(new AreaSlots(area, List.copyOf(slots.values())));
				}
			}
			result.add(new Day(day, closures, areas));
		}
		return result;
	}

}
