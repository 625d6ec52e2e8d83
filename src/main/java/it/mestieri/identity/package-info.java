/**
 * Staff accounts and their roles, login for pages and the API, the first administrator,
 * and the security rules of every URL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package it.mestieri.identity;
