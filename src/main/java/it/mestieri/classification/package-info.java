/**
 * The occupations and skills of ESCO, with their ISCO groups and the Italian CP2011
 * professions they map to: the bundled load, the coordinator's imports and the labels
 * other modules show. {@link it.mestieri.classification.Occupations} is what other
 * modules read; {@link it.mestieri.classification.ClassificationImported} tells them the
 * tables changed in bulk.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "calendar" })
package it.mestieri.classification;
