/**
 * The catalogue the coordinator manages for the resource centre: documents and
 * multimedia, training courses, job offers, guides to starting a business; their public
 * pages, their API and their exchange as schema.org JSON-LD. Other modules read items
 * through the public entities' getters and {@link it.mestieri.catalogue.Catalogue}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "centre", "identity", "partners", "classification" })
package it.mestieri.catalogue;
