package it.mestieri.partners;

import it.mestieri.testing.PostgresTest;

/** The HSDS export and import on PostgreSQL. */
@PostgresTest
class HsdsApiPostgresTest extends HsdsApiTests {

}
