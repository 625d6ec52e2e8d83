package it.mestieri.delivery;

import it.mestieri.testing.PostgresTest;

/** Committed against delivered on PostgreSQL. */
@PostgresTest
class DeliveryApiPostgresTest extends DeliveryApiTests {

}
