/**
 * The counsellors' duty rota (permanenze): weekly shifts per site, area and desk,
 * exceptions and closing days, who is on duty now and later, the public duty page and
 * each counsellor's calendar feed.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "centre", "identity", "partners", "reception" })
package it.mestieri.rota;
