/**
 * The interview record (colloquio) a counsellor makes when a visit ends: topics,
 * resources handed over, referral, follow-up; anonymous, correctable by its author for a
 * day, then locked.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "centre", "identity", "partners", "reception" })
package it.mestieri.counselling;
