package it.mestieri.catalogue;

import it.mestieri.testing.PostgresTest;

/** The catalogue over the API, on PostgreSQL. */
@PostgresTest
class CatalogueApiPostgresTest extends CatalogueApiTests {

}
