package it.mestieri.centre;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import it.mestieri.shared.DomainException;

/**
 * The centre's reference data: sites, areas, topics, desks and municipi. Everyone reads
 * it; the coordinator and the demo loader change it. Sites, areas and desks, read on
 * every check-in and every page, are kept in memory: a change made here is seen at once,
 * a change made on another node within {@link #FRESH}.
 */
@Service
@Transactional(readOnly = true)
public class CentreDirectory {

	static final Duration FRESH = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private volatile Snapshot snapshot;

	CentreDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What is kept in memory, and when it was read. */
	private record Snapshot(List<Area> areas, List<Site> sites, List<Desk> desks, long readAt) {

		boolean fresh() {
			return System.nanoTime() - readAt < FRESH.toNanos();
		}
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null || !current.fresh()) {
			current = new Snapshot(loadAreas(), loadSites(), loadDesks(), System.nanoTime());
			snapshot = current;
		}
		return current;
	}

	/**
	 * Forgets what is kept in memory once the current transaction commits (at once
	 * without one).
	 */
	void forget() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					snapshot = null;
				}
			});
		}
		snapshot = null;
	}

	public List<Area> areas() {
		return snapshot().areas();
	}

	private List<Area> loadAreas() {
		return jdbc.sql("select * from centre_area order by sort_order, code").query(CentreDirectory::area).list();
	}

	public List<Area> walkInAreas() {
		return areas().stream().filter(Area::walkIn).toList();
	}

	public Optional<Area> area(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toUpperCase();
		return areas().stream().filter(area -> area.code().equals(wanted)).findFirst();
	}

	public Area area(AreaId id) {
		return areas().stream()
			.filter(area -> area.id().equals(id))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("centre.area.unknown", String.valueOf(id.value())));
	}

	/** The area with that code, or a 400 that names the areas there are. */
	public Area requireArea(String code) {
		return area(code).orElseThrow(() -> DomainException.invalid("centre.area.unknown", code == null ? "" : code,
				String.join(", ", areas().stream().map(Area::code).toList())));
	}

	public List<Site> sites() {
		return snapshot().sites();
	}

	private List<Site> loadSites() {
		Map<Long, List<OpeningHours>> hours = new LinkedHashMap<>();
		jdbc.sql("select * from centre_opening_hours order by site_id, day_of_week, opens").query((rs, n) -> {
			hours.computeIfAbsent(rs.getLong("site_id"), id -> new ArrayList<>()).add(hours(rs));
			return null;
		}).list();
		return jdbc.sql("select * from centre_site order by id")
			.query((rs, n) -> site(rs, hours.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	public Site site(SiteId id) {
		return findSite(id)
			.orElseThrow(() -> DomainException.notFound("centre.site.unknown", String.valueOf(id.value())));
	}

	public Optional<Site> findSite(SiteId id) {
		return sites().stream().filter(site -> site.id().equals(id)).findFirst();
	}

	/**
	 * The site to use when a request names none: defined only when the centre has one
	 * site.
	 */
	public Optional<Site> onlySite() {
		List<Site> sites = sites();
		return sites.size() == 1 ? Optional.of(sites.get(0)) : Optional.empty();
	}

	public List<Desk> desks() {
		return snapshot().desks();
	}

	private List<Desk> loadDesks() {
		return jdbc.sql("select * from centre_desk order by site_id, name").query(CentreDirectory::desk).list();
	}

	public List<Desk> desks(SiteId site) {
		return desks().stream().filter(desk -> desk.site().equals(site)).toList();
	}

	public Desk desk(DeskId id) {
		return desks().stream()
			.filter(desk -> desk.id().equals(id))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("centre.desk.unknown", String.valueOf(id.value())));
	}

	public List<Topic> topics(AreaId area) {
		return jdbc.sql("select * from centre_topic where area_id = ? order by sort_order, code")
			.param(area.value())
			.query(CentreDirectory::topic)
			.list();
	}

	public List<Topic> topics() {
		return jdbc.sql("select * from centre_topic order by area_id, sort_order, code")
			.query(CentreDirectory::topic)
			.list();
	}

	public Optional<Topic> topic(TopicId id) {
		return jdbc.sql("select * from centre_topic where id = ?")
			.param(id.value())
			.query(CentreDirectory::topic)
			.optional();
	}

	/** The municipi valid on that day, in their order. */
	public List<Municipio> municipiOn(LocalDate day) {
		return jdbc.sql("""
				select * from centre_municipio
				where valid_from <= :day and (valid_to is null or valid_to >= :day)
				order by id""").param("day", day).query(CentreDirectory::municipio).list();
	}

	public Optional<Municipio> municipio(MunicipioId id) {
		return jdbc.sql("select * from centre_municipio where id = ?")
			.param(id.value())
			.query(CentreDirectory::municipio)
			.optional();
	}

	private static Area area(ResultSet rs, int row) throws SQLException {
		return new Area(new AreaId(rs.getLong("id")), rs.getString("code"), rs.getString("name_it"),
				rs.getString("name_en"), rs.getString("ticket_letter"), rs.getString("colour"),
				rs.getString("lead_partner"), rs.getBoolean("walk_in"));
	}

	private static Site site(ResultSet rs, List<OpeningHours> hours) throws SQLException {
		return new Site(new SiteId(rs.getLong("id")), rs.getString("code"), rs.getString("name"),
				rs.getString("address"), hours);
	}

	private static OpeningHours hours(ResultSet rs) throws SQLException {
		return new OpeningHours(DayOfWeek.of(rs.getInt("day_of_week")), rs.getTime("opens").toLocalTime(),
				rs.getTime("closes").toLocalTime());
	}

	private static Desk desk(ResultSet rs, int row) throws SQLException {
		return new Desk(new DeskId(rs.getLong("id")), new SiteId(rs.getLong("site_id")),
				new AreaId(rs.getLong("area_id")), rs.getString("name"));
	}

	private static Topic topic(ResultSet rs, int row) throws SQLException {
		return new Topic(new TopicId(rs.getLong("id")), new AreaId(rs.getLong("area_id")), rs.getString("code"),
				rs.getString("name_it"), rs.getString("name_en"));
	}

	private static Municipio municipio(ResultSet rs, int row) throws SQLException {
		java.sql.Date validTo = rs.getDate("valid_to");
		return new Municipio(new MunicipioId(rs.getLong("id")), rs.getString("code"), rs.getString("name"),
				rs.getDate("valid_from").toLocalDate(), validTo == null ? null : validTo.toLocalDate(),
				rs.getString("successor_code"));
	}

}
