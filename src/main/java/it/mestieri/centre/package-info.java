/**
 * The centre itself: sites (sedi) and their opening hours, areas of need and their
 * topics, desks, and Rome's date-effective municipi. Read by every other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity" })
package it.mestieri.centre;
