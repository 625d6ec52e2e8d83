package it.mestieri.reception;

/**
 * Where a visit stands. WAITING and CALLED are in the queue; the last three are final.
 */
public enum VisitStatus {

	WAITING, CALLED, IN_PROGRESS, FINISHED, LEFT, NOT_SERVED;

	public boolean isFinal() {
		return this == FINISHED || this == LEFT || this == NOT_SERVED;
	}

}
