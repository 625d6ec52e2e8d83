package it.mestieri.centre;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Sites with weekly hours:
 * {@code aSite().open(TUESDAY, "10:00-13:00", "16:00-19:00").build()}.
 */
public final class SiteBuilder {

	private final List<OpeningHours> hours = new ArrayList<>();

	public static SiteBuilder aSite() {
		return new SiteBuilder();
	}

	/** The demo centre's hours: Tuesday to Saturday, 10–13 and 16–19. */
	public static Site likeRome() {
		SiteBuilder site = aSite();
		for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
				DayOfWeek.SATURDAY)) {
			site.open(day, "10:00-13:00", "16:00-19:00");
		}
		return site.build();
	}

	/** Opening intervals of one day, as "HH:mm-HH:mm". */
	public SiteBuilder open(DayOfWeek day, String... intervals) {
		for (String interval : intervals) {
			String[] bounds = interval.split("-");
			hours.add(new OpeningHours(day, LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1])));
		}
		return this;
	}

	public Site build() {
		return new Site(new SiteId(1), "ROMA", "Città dei Mestieri di Roma", "Via Tuscolana 2068", hours);
	}

}
