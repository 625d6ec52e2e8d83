package it.mestieri.classification;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A CP2011 profession the official Italian mapping links to an ESCO occupation, and how
 * closely.
 */
@Embeddable
public class Cp2011Match {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cp_code")
	private Cp2011Profession profession;

	@Enumerated(EnumType.STRING)
	private MatchRelation relation;

	protected Cp2011Match() {
	}

	public Cp2011Profession profession() {
		return profession;
	}

	public MatchRelation relation() {
		return relation;
	}

	public enum MatchRelation {

		EXACT, CLOSE, BROAD, NARROW

	}

}
