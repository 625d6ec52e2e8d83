package it.mestieri.classification;

/** The classification import on the embedded H2 database. */
class ClassificationApiH2Test extends ClassificationApiTests {

}
