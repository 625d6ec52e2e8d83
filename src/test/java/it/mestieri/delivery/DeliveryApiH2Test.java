package it.mestieri.delivery;

/** Committed against delivered on the embedded H2 database. */
class DeliveryApiH2Test extends DeliveryApiTests {

}
