package it.mestieri.centre;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A site (sede) of the centre with its weekly opening hours, in the centre's local time.
 */
public record Site(SiteId id, String code, String name, String address, List<OpeningHours> hours) {

	public Site {
		hours = hours.stream()
			.sorted(Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens))
			.toList();
	}

	public boolean isOpenAt(LocalDateTime when) {
		return currentInterval(when).isPresent();
	}

	/** The time the current opening interval ends, when open. */
	public Optional<LocalTime> closesAt(LocalDateTime when) {
		return currentInterval(when).map(OpeningHours::closes);
	}

	/**
	 * The time the site closes for the day on that date; empty when it does not open that
	 * day.
	 */
	public Optional<LocalTime> closesOn(java.time.LocalDate day) {
		return hoursOn(day.getDayOfWeek()).stream().map(OpeningHours::closes).max(Comparator.naturalOrder());
	}

	/** The next moment the site opens after {@code when}, looking a week ahead. */
	public Optional<LocalDateTime> nextOpening(LocalDateTime when) {
		for (int offset = 0; offset <= 7; offset++) {
			LocalDateTime day = when.toLocalDate().plusDays(offset).atStartOfDay();
			for (OpeningHours interval : hours) {
				if (interval.day() == day.getDayOfWeek()) {
					LocalDateTime opening = day.with(interval.opens());
					if (opening.isAfter(when)) {
						return Optional.of(opening);
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * When {@code openTime} of opening time will have passed, counting from {@code from}
	 * and only while the site is open that day; empty when the day's opening hours do not
	 * hold it.
	 */
	public Optional<LocalDateTime> afterOpenTime(LocalDateTime from, java.time.Duration openTime) {
		java.time.Duration left = openTime;
		for (OpeningHours interval : hoursOn(from.getDayOfWeek())) {
			LocalDateTime start = from.toLocalDate().atTime(interval.opens());
			LocalDateTime end = from.toLocalDate().atTime(interval.closes());
			if (!end.isAfter(from)) {
				continue;
			}
			if (start.isBefore(from)) {
				start = from;
			}
			java.time.Duration available = java.time.Duration.between(start, end);
			if (left.compareTo(available) <= 0) {
				return Optional.of(start.plus(left));
			}
			left = left.minus(available);
		}
		return Optional.empty();
	}

	public List<OpeningHours> hoursOn(java.time.DayOfWeek day) {
		return hours.stream().filter(interval -> interval.day() == day).toList();
	}

	private Optional<OpeningHours> currentInterval(LocalDateTime when) {
		return hours.stream()
			.filter(interval -> interval.contains(when.getDayOfWeek(), when.toLocalTime()))
			.findFirst();
	}
}
