package it.mestieri.classification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/**
 * An ESCO occupation. Written by the classification import (in bulk, then re-indexed),
 * read by the catalogue and the search; its labels, descriptions and CP2011 matches hang
 * off its URI, which ESCO keeps across versions and languages.
 */
@Entity
@Table(name = "resources_occupation")
public class Occupation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String uri;

	private String code;

	private String iscoCode;

	private String escoVersion;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "resources_label",
			joinColumns = @JoinColumn(name = "concept_uri", referencedColumnName = "uri"))
	@BatchSize(size = 256)
	private List<ConceptLabel> labels = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "resources_description",
			joinColumns = @JoinColumn(name = "concept_uri", referencedColumnName = "uri"))
	@MapKeyColumn(name = "language")
	@Column(name = "text")
	@BatchSize(size = 256)
	private Map<String, String> descriptions = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "resources_occupation_cp2011",
			joinColumns = @JoinColumn(name = "occupation_uri", referencedColumnName = "uri"))
	@BatchSize(size = 256)
	private List<Cp2011Match> cp2011 = new ArrayList<>();

	protected Occupation() {
	}

	public Long id() {
		return id;
	}

	public String uri() {
		return uri;
	}

	public String code() {
		return code;
	}

	public String iscoCode() {
		return iscoCode;
	}

	String escoVersion() {
		return escoVersion;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	public List<ConceptLabel> labels() {
		return labels;
	}

	public Map<String, String> descriptions() {
		return descriptions;
	}

	public List<Cp2011Match> cp2011() {
		return cp2011;
	}

	/** The preferred label in that language, or null when ESCO gives none. */
	public String preferredLabel(String language) {
		for (ConceptLabel label : labels) {
			if (label.kind() == LabelKind.PREFERRED && language.equals(label.language())) {
				return label.text();
			}
		}
		return null;
	}

	/** The labels of that language and kind, in the order ESCO gives them. */
	public List<String> labels(String language, LabelKind kind) {
		return labels.stream()
			.filter(label -> label.kind() == kind && language.equals(label.language()))
			.map(ConceptLabel::text)
			.toList();
	}

	/**
	 * The masculine and feminine forms of a label ESCO writes as one
	 * ("infermiere/infermiera"), or the label alone.
	 */
	public static List<String> genderForms(String label) {
		if (label.indexOf('/') < 0) {
			return List.of(label);
		}
		return java.util.Arrays.stream(label.split("/")).map(String::strip).filter(form -> !form.isEmpty()).toList();
	}

}
