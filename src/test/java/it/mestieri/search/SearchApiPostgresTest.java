package it.mestieri.search;

import it.mestieri.testing.PostgresTest;

/** The search API on PostgreSQL. */
@PostgresTest
class SearchApiPostgresTest extends SearchApiTests {

}
