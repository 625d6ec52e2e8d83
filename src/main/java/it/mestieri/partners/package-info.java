/**
 * The partner organisations that pool counsellors, money and know-how in the centre; their
 * agreements and commitments come next.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "centre" })
package it.mestieri.partners;
