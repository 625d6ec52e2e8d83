package it.mestieri.resources;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A profession of ISTAT's CP2011 classification (Italian only). */
@Entity
@Table(name = "resources_cp2011")
class Cp2011Profession {

	@Id
	private String code;

	private String title;

	protected Cp2011Profession() {
	}

	String code() {
		return code;
	}

	String title() {
		return title;
	}

}
