package it.mestieri.testing;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tests need of the database itself: an empty reception before each test (the
 * centre's reference data and the accounts stay), and a snapshot to prove that a refused
 * request changed nothing.
 */
public final class TestDatabase {

	/**
	 * The tables a request of the walk-in flow (and its interview records) may write,
	 * children first.
	 */
	static final List<String> RECEPTION_TABLES = List.of("delivery_interview", "counselling_interview_change_field",
			"counselling_interview_change", "counselling_interview_topic", "counselling_interview_resource",
			"counselling_interview", "reception_visit", "reception_ticket_counter", "reception_desk_holder",
			"reception_desk_session");

	/** What a snapshot covers: the reception and the reference data and accounts. */
	static final List<String> SNAPSHOT_TABLES = List.of("reception_visit", "reception_ticket_counter",
			"reception_desk_holder", "reception_desk_session", "centre_site", "centre_area", "centre_desk",
			"centre_topic", "identity_staff", "identity_staff_role", "partners_partner", "partners_partner_area",
			"partners_member", "partners_agreement", "partners_agreement_party", "partners_commitment",
			"partners_document", "partners_contribution", "rota_shift", "rota_exception", "rota_closing_day",
			"rota_calendar_token", "counselling_interview", "counselling_interview_topic",
			"counselling_interview_resource", "counselling_interview_change", "counselling_interview_change_field",
			"counselling_resource", "resources_occupation", "resources_skill", "resources_isco_group",
			"resources_label", "resources_description", "resources_occupation_skill", "resources_cp2011",
			"resources_occupation_cp2011", "resources_course", "resources_course_occupation", "resources_job_offer",
			"resources_document", "resources_document_area", "resources_document_topic", "resources_guide",
			"events_event", "events_event_occupation");

	private final JdbcClient jdbc;

	public TestDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Removes every visit, ticket counter and desk holding. */
	public void emptyReception() {
		for (String table : RECEPTION_TABLES) {
			jdbc.sql("delete from " + table).update();
		}
	}

	/** Every row of the tables a request could change, in a comparable form. */
	public Snapshot snapshot() {
		Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
		for (String table : SNAPSHOT_TABLES) {
			rows.put(table,
					jdbc.sql("select * from " + table)
						.query()
						.listOfRows()
						.stream()
						.map(row -> new java.util.TreeMap<>(row).toString())
						.sorted()
						.toList());
		}
		return new Snapshot(rows);
	}

	public long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	public JdbcClient jdbc() {
		return jdbc;
	}

	/** The content of the tables at one moment. */
	public record Snapshot(Map<String, List<String>> rows) {

		public int visits() {
			return rows.get("reception_visit").size();
		}
	}

}
