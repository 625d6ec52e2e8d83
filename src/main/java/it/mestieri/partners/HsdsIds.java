package it.mestieri.partners;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import it.mestieri.centre.Area;
import it.mestieri.centre.Site;

/**
 * The HSDS identifiers of what the centre exports: name-based UUIDs (version 3) of our
 * own ids, so an export says the same thing every time and an import of it finds our
 * partners again. They are derived from the ids of this installation only: another
 * Mestieri installation's partner 7 has the same UUID as ours, so a file from there would
 * update our partner 7 (the architecture document says to check the names first).
 */
final class HsdsIds {

	static final String KIND_TAXONOMY = "mestieri-partner-kind";
	static final String AREA_TAXONOMY = "mestieri-area";

	private HsdsIds() {
	}

	static String organization(PartnerId partner) {
		return uuid("partner/" + partner.value());
	}

	static String service(PartnerId partner, Area area) {
		return uuid("partner/" + partner.value() + "/area/" + area.code());
	}

	static String phone(String owner) {
		return uuid(owner + "/phone");
	}

	static String attribute(String owner, String taxonomy) {
		return uuid(owner + "/attribute/" + taxonomy);
	}

	static String location(Site site) {
		return uuid("site/" + site.id().value());
	}

	static String address(Site site) {
		return uuid("site/" + site.id().value() + "/address");
	}

	static String schedule(Site site, String days, String opens) {
		return uuid("site/" + site.id().value() + "/schedule/" + days + "/" + opens);
	}

	static String serviceAtLocation(String service, Site site) {
		return uuid(service + "/at/site/" + site.id().value());
	}

	static String taxonomy(String taxonomy) {
		return uuid("taxonomy/" + taxonomy);
	}

	static String term(String taxonomy, String code) {
		return uuid("taxonomy/" + taxonomy + "/term/" + code);
	}

	private static String uuid(String name) {
		return UUID.nameUUIDFromBytes(("mestieri:" + name).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
