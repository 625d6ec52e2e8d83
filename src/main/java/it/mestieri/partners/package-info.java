/**
 * The partner organisations that pool counsellors, money and know-how in the centre: who
 * they are, the staff they second, their agreements and what each party committed to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "centre", "identity" })
package it.mestieri.partners;
