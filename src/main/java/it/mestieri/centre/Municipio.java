package it.mestieri.centre;

import java.time.LocalDate;

/**
 * A municipio of Rome as it was between {@code validFrom} and {@code validTo} (open-ended
 * when null). {@code successorCode} is the municipio that took most of its territory in a
 * renumbering.
 */
public record Municipio(MunicipioId id, String code, String name, LocalDate validFrom, LocalDate validTo,
		String successorCode) {

	public boolean validOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}
}
