package it.mestieri.identity;

/** Accounts and sessions, on H2. */
class StaffAccountsH2Test extends StaffAccountsTests {

}
