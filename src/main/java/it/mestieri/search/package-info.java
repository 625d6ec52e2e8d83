/**
 * One search across the resource centre (occupations, courses, job offers, documents and
 * guides) for visitors at a station or at home and for counsellors at the desk: the index
 * and its analysis, the search page and API, the occupation sheets, the anonymous usage
 * counts. It reads the classification and the catalogue; they do not know it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "centre", "identity", "calendar", "classification", "catalogue" })
package it.mestieri.search;
