package it.mestieri.catalogue;

/**
 * Someone opened an item's public page: for the anonymous usage counts. Published in the
 * request that served the page, so a listener still knows who was logged in.
 */
public record CatalogueItemViewed(CatalogueKind kind, long id) {
}
