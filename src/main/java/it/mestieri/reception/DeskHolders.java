package it.mestieri.reception;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds which desk now, and the history of desk sessions (the hours actually worked).
 */
@Component
class DeskHolders {

	private final JdbcClient jdbc;

	DeskHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Holding(long deskId, long staffId, Instant takenAt) {
	}

	Map<Long, Holding> all() {
		Map<Long, Holding> holdings = new HashMap<>();
		jdbc.sql("select desk_id, staff_id, taken_at from reception_desk_holder").query((rs, n) -> {
			holdings.put(rs.getLong("desk_id"), holding(rs));
			return null;
		}).list();
		return holdings;
	}

	Optional<Holding> ofDesk(long deskId) {
		return jdbc.sql("select desk_id, staff_id, taken_at from reception_desk_holder where desk_id = ?")
			.param(deskId)
			.query((rs, n) -> holding(rs))
			.optional();
	}

	Optional<Holding> ofStaff(long staffId) {
		return jdbc.sql("select desk_id, staff_id, taken_at from reception_desk_holder where staff_id = ?")
			.param(staffId)
			.query((rs, n) -> holding(rs))
			.optional();
	}

	/**
	 * Locks the holding row until the transaction ends, so one desk acts one step at a
	 * time.
	 */
	Optional<Holding> lock(long deskId, long staffId) {
		return jdbc.sql("""
				select desk_id, staff_id, taken_at from reception_desk_holder
				where desk_id = ? and staff_id = ? for update""")
			.params(deskId, staffId)
			.query((rs, n) -> holding(rs))
			.optional();
	}

	void take(long deskId, long staffId, Instant at) {
		jdbc.sql("insert into reception_desk_holder (desk_id, staff_id, taken_at) values (?, ?, ?)")
			.params(deskId, staffId, java.sql.Timestamp.from(at))
			.update();
		jdbc.sql("insert into reception_desk_session (desk_id, staff_id, taken_at) values (?, ?, ?)")
			.params(deskId, staffId, java.sql.Timestamp.from(at))
			.update();
	}

	/**
	 * Ends the holding at that instant; false when it had already ended (another node,
	 * another click).
	 */
	boolean release(Holding holding, Instant at) {
		int deleted = jdbc.sql("delete from reception_desk_holder where desk_id = ? and staff_id = ?")
			.params(holding.deskId(), holding.staffId())
			.update();
		if (deleted == 0) {
			return false;
		}
		jdbc.sql("""
				update reception_desk_session set released_at = ?
				where desk_id = ? and staff_id = ? and taken_at = ? and released_at is null""")
			.params(java.sql.Timestamp.from(at), holding.deskId(), holding.staffId(),
					java.sql.Timestamp.from(holding.takenAt()))
			.update();
		return true;
	}

	private static Holding holding(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Holding(rs.getLong("desk_id"), rs.getLong("staff_id"), rs.getTimestamp("taken_at").toInstant());
	}

}
