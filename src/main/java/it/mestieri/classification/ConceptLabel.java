package it.mestieri.classification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One label of an ESCO concept in one language. */
@Embeddable
public class ConceptLabel {

	private String language;

	@Enumerated(EnumType.STRING)
	private LabelKind kind;

	@Column(name = "text")
	private String text;

	protected ConceptLabel() {
	}

	public ConceptLabel(String language, LabelKind kind, String text) {
		this.language = language;
		this.kind = kind;
		this.text = text;
	}

	public String language() {
		return language;
	}

	public LabelKind kind() {
		return kind;
	}

	public String text() {
		return text;
	}

}
