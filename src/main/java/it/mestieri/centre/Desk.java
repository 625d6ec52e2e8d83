package it.mestieri.centre;

/** A counsellor's desk at a site, serving one area. */
public record Desk(DeskId id, SiteId site, AreaId area, String name) {
}
