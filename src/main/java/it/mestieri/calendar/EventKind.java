package it.mestieri.calendar;

/**
 * What kind of event: the four ways a Città dei Mestieri gathers people besides the
 * desks.
 */
public enum EventKind {

	/** A practical session in a small group: CV, job interviews, business plan. */
	WORKSHOP,

	/** An information day about a sector, a scheme or a training offer. */
	INFORMATION_DAY,

	/** A group that meets again and again (job seekers' club, entrepreneurs' club). */
	CLUB,

	/** Employers meet candidates. */
	JOB_FAIR

}
