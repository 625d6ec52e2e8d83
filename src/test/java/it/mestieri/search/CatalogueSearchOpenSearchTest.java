package it.mestieri.search;

import it.mestieri.testing.OpenSearchTest;

/**
 * The relevance and behaviour of the one search with the index on OpenSearch
 * (Elasticsearch backend).
 */
@OpenSearchTest
class CatalogueSearchOpenSearchTest extends CatalogueSearchTest {

}
