package it.mestieri.catalogue;

import org.springframework.stereotype.Component;

import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffRole;

/**
 * Who reads the catalogue: the coordinator sees expired offers too, everyone else only
 * open ones.
 */
@Component
class Viewer {

	private final StaffDirectory staff;

	Viewer(StaffDirectory staff) {
		this.staff = staff;
	}

	boolean isCoordinator() {
		return staff.current().filter(member -> member.has(StaffRole.COORDINATOR)).isPresent();
	}

}
