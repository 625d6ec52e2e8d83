package it.mestieri.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partners' rows as a test found them, to compare with ("nothing changed") and to put
 * back afterwards, since every test class shares the demo data.
 */
public final class PartnerTables {

	private final JdbcClient jdbc;

	private final List<Map<String, Object>> partners;

	private final List<Map<String, Object>> areas;

	private PartnerTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.partners = jdbc.sql("select * from partners_partner order by id").query().listOfRows();
		this.areas = jdbc.sql("select * from partners_partner_area order by partner_id, area_id").query().listOfRows();
	}

	public static PartnerTables remember(JdbcClient jdbc) {
		return new PartnerTables(jdbc);
	}

	public int partnerCount() {
		return partners.size();
	}

	/** The partners' rows now, in a comparable form. */
	public String now() {
		return jdbc.sql("select * from partners_partner order by id").query().listOfRows().toString()
				+ jdbc.sql("select * from partners_partner_area order by partner_id, area_id").query().listOfRows();
	}

	/** Removes the partners added since, and puts the others back as they were. */
	public void restore() {
		Set<Object> ids = partners.stream().map(row -> row.get("id")).collect(Collectors.toSet());
		for (Map<String, Object> row : jdbc.sql("select id from partners_partner").query().listOfRows()) {
			if (!ids.contains(row.get("id"))) {
				jdbc.sql("delete from partners_partner_area where partner_id = ?").param(row.get("id")).update();
				jdbc.sql("delete from partners_partner where id = ?").param(row.get("id")).update();
			}
		}
		for (Map<String, Object> row : partners) {
			jdbc.sql("""
					update partners_partner set name = ?, kind = ?, website = ?, email = ?, phone = ?, active_from = ?,
					active_to = ?, version = ? where id = ?""")
				.params(row.get("name"), row.get("kind"), row.get("website"), row.get("email"), row.get("phone"),
						row.get("active_from"), row.get("active_to"), row.get("version"), row.get("id"))
				.update();
		}
		jdbc.sql("delete from partners_partner_area").update();
		areas.forEach(row -> jdbc.sql("insert into partners_partner_area (partner_id, area_id) values (?, ?)")
			.params(row.get("partner_id"), row.get("area_id"))
			.update());
		assertThat(now()).as("the partners put back").isEqualTo(partners.toString() + areas);
	}

}
