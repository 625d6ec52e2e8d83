package it.mestieri.search;

import it.mestieri.classification.Occupation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How words are kept for the usage counts, how gender forms are split and how long
 * snippets are cut.
 */
class SearchTextTest {

	@Test
	void onlySingleWordsOfLettersAreKeptForTheCounts() {
		assertThat(ResourceUsage.normalise("L'Elettricìsta")).isEqualTo("elettricista");
		assertThat(ResourceUsage.normalise("dell’infermiera")).isEqualTo("infermiera");
		assertThat(ResourceUsage.normalise("3331234567")).isNull();
		assertThat(ResourceUsage.normalise("mario.rossi@example.org")).isNull();
		assertThat(ResourceUsage.normalise("via")).isEqualTo("via");
		assertThat(ResourceUsage.normalise("di")).isNull();
		assertThat(ResourceUsage.normalise("a".repeat(31))).isNull();
	}

	@Test
	void theQueryIsCutIntoWords() {
		assertThat(CatalogueSearch.words("  elettricista,  civile (Roma) ")).containsExactly("elettricista", "civile",
				"Roma");
		assertThat(CatalogueSearch.words("l'elettricista")).containsExactly("l'elettricista");
		assertThat(CatalogueSearch.words(" ")).isEmpty();
	}

	@Test
	void escoLabelsGiveTheirMasculineAndFeminineForms() {
		assertThat(Occupation.genderForms("infermiere generalista/infermiera generalista"))
			.containsExactly("infermiere generalista", "infermiera generalista");
		assertThat(Occupation.genderForms("elettricista")).containsExactly("elettricista");
	}

	@Test
	void longHighlightsAreCutAroundTheFirstMarkWithTagsBalanced() {
		String text = "parola ".repeat(60) + "<mark>cuoco</mark> " + "altro ".repeat(60);
		String cut = CatalogueSearch.shorten(text);

		assertThat(cut).contains("<mark>cuoco</mark>").startsWith("…").endsWith("…");
		assertThat(cut.length()).isLessThan(text.length());
		assertThat(cut.split("<mark>", -1).length).isEqualTo(cut.split("</mark>", -1).length);
		assertThat(CatalogueSearch.shorten("short <mark>x</mark>")).isEqualTo("short <mark>x</mark>");
	}

}
