package it.mestieri.reception;

import java.util.List;

import it.mestieri.centre.Area;
import it.mestieri.centre.Site;

/**
 * One area's queue at one site now. {@code likelyAfterClosing}: a visitor arriving now
 * would probably not be called before the site's last closing today.
 */
public record QueueSummary(Site site, Area area, int waiting, int desksOpen, int meanServiceMinutes,
		int estimatedWaitMinutes, boolean likelyAfterClosing, List<String> nextTickets) {
}
