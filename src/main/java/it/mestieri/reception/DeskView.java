package it.mestieri.reception;

import java.time.Instant;

import it.mestieri.centre.Area;
import it.mestieri.centre.Desk;
import it.mestieri.identity.StaffMember;

/**
 * A desk now: its area, who holds it since when (null when free), and the visit at it.
 */
public record DeskView(Desk desk, Area area, StaffMember holder, Instant takenAt, VisitView current) {

	public boolean free() {
		return holder == null;
	}
}
