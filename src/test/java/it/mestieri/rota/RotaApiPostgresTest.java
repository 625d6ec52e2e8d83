package it.mestieri.rota;

import it.mestieri.testing.PostgresTest;

/** The rota API on PostgreSQL. */
@PostgresTest
class RotaApiPostgresTest extends RotaApiTests {

}
