/**
 * The centre's events calendar: workshops, information days, clubs and job fairs, when
 * and where they take place, who organises them and which occupations they are for; the
 * public calendar and the workshops each partner ran.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "centre", "identity", "partners" })
package it.mestieri.calendar;
