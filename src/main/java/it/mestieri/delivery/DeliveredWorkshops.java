package it.mestieri.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;

import it.mestieri.partners.PartnerId;

/**
 * Where the workshops a partner ran come from: the events module implements this. Without
 * a bean that implements it, workshop commitments are shown as not tracked yet rather
 * than as a shortfall.
 */
public interface DeliveredWorkshops {

	/**
	 * The workshops the partner ran on the days {@code from} to {@code to}, both
	 * included.
	 */
	BigDecimal between(PartnerId partner, LocalDate from, LocalDate to);

}
