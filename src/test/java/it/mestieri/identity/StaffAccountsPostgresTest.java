package it.mestieri.identity;

import it.mestieri.testing.PostgresTest;

/** Accounts and sessions, on PostgreSQL. */
@PostgresTest
class StaffAccountsPostgresTest extends StaffAccountsTests {

}
