/**
 * Small value types and web infrastructure used by every module: profile bands, domain
 * exceptions that map to problem responses, demo mode, the request language.
 */
package it.mestieri.shared;
