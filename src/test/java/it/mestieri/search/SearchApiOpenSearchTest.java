package it.mestieri.search;

import it.mestieri.testing.OpenSearchTest;

/**
 * The search API with the index on OpenSearch (Elasticsearch backend), rebuilds included.
 */
@OpenSearchTest
class SearchApiOpenSearchTest extends SearchApiTests {

}
