package it.mestieri.classification;

import it.mestieri.testing.PostgresTest;

/** The classification import on PostgreSQL. */
@PostgresTest
class ClassificationApiPostgresTest extends ClassificationApiTests {

}
