package it.mestieri.catalogue;

import it.mestieri.testing.PostgresTest;

/** JSON-LD export and import, on PostgreSQL. */
@PostgresTest
class JsonLdApiPostgresTest extends JsonLdApiTests {

}
