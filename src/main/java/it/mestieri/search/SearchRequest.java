package it.mestieri.search;

import it.mestieri.catalogue.ContractType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import it.mestieri.search.CatalogueSearch.Query;
import it.mestieri.shared.DomainException;

/**
 * A search as it comes from the search page or the API: the words and the filters as
 * written in the address. It builds the {@link Query} for both, so that they read a
 * filter alike: kinds and contract types by name in any case, area codes in capitals,
 * languages in small letters, blanks and repeats dropped.
 */
record SearchRequest(String q, List<String> type, List<String> area, List<String> language, List<String> place,
		List<String> contractType) {

	Query query(int page, int size, Locale locale) {
		return new Query(q, parsed(type, ItemType::parse, "search.invalid.type"),
				each(area, code -> code.toUpperCase(Locale.ROOT)),
				each(language, code -> code.toLowerCase(Locale.ROOT)), each(place, Function.identity()),
				parsed(contractType, SearchRequest::contract, "search.invalid.contractType"), page, size, locale);
	}

	private static <T> Set<T> parsed(List<String> values, Function<String, Optional<T>> parser, String refusal) {
		return each(values, value -> parser.apply(value).orElseThrow(() -> DomainException.invalid(refusal, value)));
	}

	private static <T> Set<T> each(List<String> values, Function<String, T> reader) {
		Set<T> read = new LinkedHashSet<>();
		if (values != null) {
			values.stream().map(String::strip).filter(value -> !value.isEmpty()).map(reader).forEach(read::add);
		}
		return read;
	}

	private static Optional<ContractType> contract(String value) {
		for (ContractType type : ContractType.values()) {
			if (type.name().equalsIgnoreCase(value)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
