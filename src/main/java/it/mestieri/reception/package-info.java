/**
 * Walk-in reception: anonymous visits, tickets, the queue of each area at each site, the
 * counsellors' desks, the hall display board and the live wait estimates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "centre", "identity" })
package it.mestieri.reception;
