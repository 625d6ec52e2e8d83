package it.mestieri.resources;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One label of an ESCO concept in one language. */
@Embeddable
class ConceptLabel {

	private String language;

	@Enumerated(EnumType.STRING)
	private LabelKind kind;

	@Column(name = "text")
	private String text;

	protected ConceptLabel() {
	}

	ConceptLabel(String language, LabelKind kind, String text) {
		this.language = language;
		this.kind = kind;
		this.text = text;
	}

	String language() {
		return language;
	}

	LabelKind kind() {
		return kind;
	}

	String text() {
		return text;
	}

}
