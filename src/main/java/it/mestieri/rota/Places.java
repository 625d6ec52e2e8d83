package it.mestieri.rota;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.Site;
import it.mestieri.centre.SiteId;

/**
 * The centre's sites, areas and desks as the rota pages name them: read once for the
 * page, so that the template gets data, not the directory.
 */
public record Places(Map<SiteId, Site> sites, Map<AreaId, Area> areas, Map<DeskId, Desk> desks) {

	static Places of(CentreDirectory centre) {
		return new Places(byId(centre.sites(), Site::id), byId(centre.areas(), Area::id),
				byId(centre.desks(), Desk::id));
	}

	public Site site(SiteId id) {
		return sites.get(id);
	}

	public Area area(AreaId id) {
		return areas.get(id);
	}

	public Desk desk(DeskId id) {
		return desks.get(id);
	}

	private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> id) {
		return values.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
	}

}
