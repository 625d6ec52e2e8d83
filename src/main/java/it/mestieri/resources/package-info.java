/**
 * The resource centre: the ESCO and CP2011 classifications, the catalogue the coordinator
 * manages (documents and multimedia, training courses, job offers, guides to starting a
 * business) and one search across all of it, for visitors at a station or at home and for
 * counsellors at the desk.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "centre", "identity", "partners", "events" })
package it.mestieri.resources;
