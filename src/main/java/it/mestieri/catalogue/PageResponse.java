package it.mestieri.catalogue;

import java.util.List;

/**
 * One page of a list in the API: how many there are in all, which page, and its items.
 */
record PageResponse<T>(long total, int page, int size, List<T> items) {

	static <T> PageResponse<T> of(ItemPage<T> page) {
		return new PageResponse<>(page.total(), page.page(), page.size(), page.items());
	}
}
