package it.mestieri.resources;

/** The hours a job offer proposes. */
enum WorkingTime {

	FULL_TIME, PART_TIME

}
