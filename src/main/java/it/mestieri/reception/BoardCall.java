package it.mestieri.reception;

import java.time.Instant;

/**
 * A line of the hall display: a ticket and the desk it is called to. Nothing personal.
 */
public record BoardCall(long visitId, String ticket, String areaCode, String colour, String desk, Instant calledAt,
		int callCount) {
}
