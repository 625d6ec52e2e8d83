package it.mestieri.reception;

import java.util.List;

import it.mestieri.centre.Area;
import it.mestieri.centre.Site;

/** One area's queue at one site now. */
public record QueueSummary(Site site, Area area, int waiting, int desksOpen, int meanServiceMinutes,
		int estimatedWaitMinutes, List<String> nextTickets) {
}
