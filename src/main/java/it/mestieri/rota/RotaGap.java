package it.mestieri.rota;

import java.time.LocalDate;
import java.time.LocalTime;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.SiteId;

/** A stretch of opening hours when nobody is on duty in a walk-in area of a site. */
public record RotaGap(LocalDate date, SiteId site, AreaId area, LocalTime from, LocalTime to) {
}
