package it.mestieri.reception;

import it.mestieri.testing.PostgresTest;

/** Refused requests on PostgreSQL. */
@PostgresTest
class ReceptionApiRefusalPostgresTest extends ReceptionApiRefusalTests {

}
