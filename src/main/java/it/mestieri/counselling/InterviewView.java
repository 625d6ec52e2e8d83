package it.mestieri.counselling;

import java.time.ZonedDateTime;
import java.util.List;

import it.mestieri.centre.Area;
import it.mestieri.centre.Topic;

/** A record as the pages show it: names in place of ids, times of the centre. */
record InterviewView(Interview interview, Area area, String desk, List<Topic> topics, List<Handout> resources,
		String partner, String referralPartner, ZonedDateTime started, ZonedDateTime correctableUntil, boolean locked) {
}
