package it.mestieri.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a classification import read, checked and held in memory before anything is
 * written: ESCO concepts with their labels per language, occupation–skill relations,
 * extra labels (the Italian occupation labels) and the CP2011 mapping. Each item
 * remembers where it was read, for refusals.
 */
final class ClassificationData {

	enum ConceptKind {

		OCCUPATION, SKILL, ISCO_GROUP

	}

	/** Where an item was read: file (with its zip) and the line its record starts on. */
	record Where(String file, long line) {
	}

	static final class Concept {

		final String uri;

		final ConceptKind kind;

		String code;

		String iscoCode;

		String skillType;

		String reuseLevel;

		Concept(String uri, ConceptKind kind) {
			this.uri = uri;
			this.kind = kind;
		}

	}

	/**
	 * The labels of one concept in one language; they replace those already stored for
	 * that concept and language. The description is replaced too when
	 * {@code withDescription}.
	 */
	record Labels(String uri, String language, String preferred, List<String> alternative, List<String> hidden,
			boolean withDescription, String description, Where where) {

		int count() {
			return (preferred == null ? 0 : 1) + alternative.size() + hidden.size();
		}
	}

	record Relation(String occupationUri, String skillUri, String relation, Where where) {
	}

	record Cp2011Mapping(String occupationUri, String code, String relation, Where where) {
	}

	final Map<String, Concept> occupations = new LinkedHashMap<>();

	final Map<String, Concept> skills = new LinkedHashMap<>();

	final Map<String, Concept> groups = new LinkedHashMap<>();

	final List<Labels> labels = new ArrayList<>();

	/**
	 * Labels of concepts the package need not describe (the Italian occupation labels).
	 */
	final List<Labels> extraLabels = new ArrayList<>();

	final Map<String, Relation> relations = new LinkedHashMap<>();

	final Map<String, String> cp2011Titles = new LinkedHashMap<>();

	final List<Cp2011Mapping> cp2011 = new ArrayList<>();

	final Set<String> languages = new TreeSet<>();

	final List<String> files = new ArrayList<>();

	String versionFromName;

	Map<String, Concept> concepts(ConceptKind kind) {
		return switch (kind) {
			case OCCUPATION -> occupations;
			case SKILL -> skills;
			case ISCO_GROUP -> groups;
		};
	}

	boolean hasEscoConcepts() {
		return !occupations.isEmpty() || !skills.isEmpty() || !groups.isEmpty();
	}

	boolean isEmpty() {
		return !hasEscoConcepts() && relations.isEmpty() && extraLabels.isEmpty() && cp2011.isEmpty()
				&& cp2011Titles.isEmpty();
	}

}
