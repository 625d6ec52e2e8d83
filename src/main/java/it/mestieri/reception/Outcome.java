package it.mestieri.reception;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a visit ended. A counsellor chooses one of {@link #CHOSEN_AT_FINISH}; the rest are
 * recorded by the system.
 */
public enum Outcome {

	INFORMED, REFERRED, LEFT_BEFORE_SERVED, NO_SHOW, NOT_RECORDED;

	public static final Set<Outcome> CHOSEN_AT_FINISH = EnumSet.of(INFORMED, REFERRED, LEFT_BEFORE_SERVED);

}
