package it.mestieri.identity;

/**
 * An account's standing, read at each request of a logged-in person to decide whether the
 * login still holds.
 */
record AccountState(boolean enabled, int sessionEpoch, boolean passwordChangeRequired) {
}
