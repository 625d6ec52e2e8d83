package it.mestieri.classification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A profession of ISTAT's CP2011 classification (Italian only). */
@Entity
@Table(name = "resources_cp2011")
public class Cp2011Profession {

	@Id
	private String code;

	private String title;

	protected Cp2011Profession() {
	}

	public String code() {
		return code;
	}

	public String title() {
		return title;
	}

}
