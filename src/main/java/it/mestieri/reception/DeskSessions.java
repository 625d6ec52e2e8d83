package it.mestieri.reception;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.DeskId;
import it.mestieri.identity.StaffId;

/** The desk sessions counsellors worked: from taking a desk to releasing it. */
@Service
@Transactional(readOnly = true)
public class DeskSessions {

	private final JdbcClient jdbc;

	DeskSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The sessions that overlap the time from {@code from} (included) to {@code to}
	 * (excluded), whole: callers clip them to what they count.
	 */
	public List<DeskSession> overlapping(Instant from, Instant to) {
		return jdbc.sql("""
				select desk_id, staff_id, taken_at, released_at from reception_desk_session
				where taken_at < ? and (released_at is null or released_at > ?)
				order by taken_at""").params(Timestamp.from(to), Timestamp.from(from)).query((rs, n) -> {
			Timestamp released = rs.getTimestamp("released_at");
			return new DeskSession(new DeskId(rs.getLong("desk_id")), new StaffId(rs.getLong("staff_id")),
					rs.getTimestamp("taken_at").toInstant(), released == null ? null : released.toInstant());
		}).list();
	}

}
