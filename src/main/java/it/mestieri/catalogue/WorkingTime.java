package it.mestieri.catalogue;

/** The hours a job offer proposes. */
enum WorkingTime {

	FULL_TIME, PART_TIME

}
