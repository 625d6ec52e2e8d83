package it.mestieri.centre;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the centre's reference data: used by the demo loader and by the coordinator's
 * setup.
 */
@Service
@Transactional
public class CentreSetup {

	private final JdbcClient jdbc;

	private final CentreDirectory directory;

	CentreSetup(JdbcClient jdbc, CentreDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	public SiteId addSite(String code, String name, String address) {
		return new SiteId(insert(jdbc.sql("insert into centre_site (code, name, address) values (?, ?, ?)")
			.params(code, name, address)));
	}

	public void addOpeningHours(SiteId site, DayOfWeek day, LocalTime opens, LocalTime closes) {
		jdbc.sql("insert into centre_opening_hours (site_id, day_of_week, opens, closes) values (?, ?, ?, ?)")
			.params(site.value(), day.getValue(), opens, closes)
			.update();
		directory.forget();
	}

	public AreaId addArea(String code, String nameIt, String nameEn, String ticketLetter, String colour,
			String leadPartner, boolean walkIn, int sortOrder) {
		return new AreaId(insert(jdbc
			.sql("""
					insert into centre_area (code, name_it, name_en, ticket_letter, colour, lead_partner, walk_in, sort_order)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(code, nameIt, nameEn, ticketLetter, colour, leadPartner, walkIn, sortOrder)));
	}

	public TopicId addTopic(AreaId area, String code, String nameIt, String nameEn, int sortOrder) {
		return new TopicId(insert(jdbc
			.sql("insert into centre_topic (area_id, code, name_it, name_en, sort_order) values (?, ?, ?, ?, ?)")
			.params(area.value(), code, nameIt, nameEn, sortOrder)));
	}

	public DeskId addDesk(SiteId site, AreaId area, String name) {
		return new DeskId(insert(jdbc.sql("insert into centre_desk (site_id, area_id, name) values (?, ?, ?)")
			.params(site.value(), area.value(), name)));
	}

	public MunicipioId addMunicipio(String code, String name, LocalDate validFrom, LocalDate validTo,
			String successorCode) {
		return new MunicipioId(insert(jdbc.sql("""
				insert into centre_municipio (code, name, valid_from, valid_to, successor_code)
				values (?, ?, ?, ?, ?)""").params(code, name, validFrom, validTo, successorCode)));
	}

	public void updateArea(AreaId area, String nameIt, String nameEn, String colour, String leadPartner,
			boolean walkIn) {
		jdbc.sql("""
				update centre_area set name_it = ?, name_en = ?, colour = ?, lead_partner = ?, walk_in = ?,
				  version = version + 1
				where id = ?""").params(nameIt, nameEn, colour, leadPartner, walkIn, area.value()).update();
		directory.forget();
	}

	/** Replaces a weekday's opening hours; none means closed that day. */
	public void setOpeningHours(SiteId site, DayOfWeek day, java.util.List<OpeningHours> hours) {
		jdbc.sql("delete from centre_opening_hours where site_id = ? and day_of_week = ?")
			.params(site.value(), day.getValue())
			.update();
		directory.forget();
		hours.forEach(interval -> addOpeningHours(site, day, interval.opens(), interval.closes()));
	}

	public boolean hasMunicipi() {
		return jdbc.sql("select count(*) from centre_municipio").query(Long.class).single() > 0;
	}

	public boolean isEmpty() {
		return jdbc.sql("select count(*) from centre_site").query(Long.class).single() == 0;
	}

	private long insert(JdbcClient.StatementSpec statement) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		statement.update(keys, "id");
		directory.forget();
		return keys.getKeyAs(Number.class).longValue();
	}

}
