package it.mestieri.classification;

/**
 * The occupation tables were written in bulk, past JPA: by an import of that ESCO
 * version, or by one stopped with the application ({@code version} null), whose rows may
 * be half written. Published in the import's job, before it ends, so that a listener's
 * work (the search index) is part of that job.
 */
public record ClassificationImported(String version) {
}
