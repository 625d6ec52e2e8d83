package it.mestieri.reception;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import it.mestieri.shared.CentreClock;

/** Read side of the queues: lengths, positions, recent service times, recent calls. */
@Component
class Queues {

	private final JdbcClient jdbc;

	private final ReceptionProperties properties;

	private final CentreClock clock;

	Queues(JdbcClient jdbc, ReceptionProperties properties, CentreClock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Waiting visits per area at a site. */
	Map<Long, Integer> waitingByArea(long siteId) {
		Map<Long, Integer> waiting = new HashMap<>();
		jdbc.sql("""
				select area_id, count(*) as waiting from reception_visit
				where site_id = ? and status = 'WAITING' group by area_id""").param(siteId).query((rs, n) -> {
			waiting.put(rs.getLong("area_id"), rs.getInt("waiting"));
			return null;
		}).list();
		return waiting;
	}

	/** 1 for the next visitor to be called. */
	int position(long siteId, long areaId, Instant queueKey, long visitId) {
		return 1 + jdbc.sql("""
				select count(*) from reception_visit
				where site_id = :site and area_id = :area and status = 'WAITING'
				  and (queue_key < :key or (queue_key = :key and id < :id))""")
			.param("site", siteId)
			.param("area", areaId)
			.param("key", java.sql.Timestamp.from(queueKey))
			.param("id", visitId)
			.query(Integer.class)
			.single();
	}

	/** How many wait ahead of a visitor who joins the queue now with that key. */
	int waitingAhead(long siteId, long areaId, Instant queueKey) {
		return jdbc.sql("""
				select count(*) from reception_visit
				where site_id = ? and area_id = ? and status = 'WAITING' and queue_key <= ?""")
			.params(siteId, areaId, java.sql.Timestamp.from(queueKey))
			.query(Integer.class)
			.single();
	}

	/** The tickets next in line, in calling order. */
	List<String> nextTickets(long siteId, long areaId, int limit) {
		return jdbc.sql("""
				select ticket from reception_visit
				where site_id = ? and area_id = ? and status = 'WAITING'
				order by queue_key, id fetch first ? rows only""")
			.params(siteId, areaId, limit)
			.query(String.class)
			.list();
	}

	/** Candidates for the next call, in calling order. */
	List<Long> head(long siteId, long areaId, int limit) {
		return jdbc.sql("""
				select id from reception_visit
				where site_id = ? and area_id = ? and status = 'WAITING'
				order by queue_key, id fetch first ? rows only""")
			.params(siteId, areaId, limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Mean time from call to finish of the area's recent visits, or the configured
	 * default.
	 */
	Duration meanServiceTime(long areaId) {
		Instant since = clock.now().minus(properties.serviceTimeWindow());
		List<Long> seconds = jdbc.sql("""
				select called_at, finished_at from reception_visit
				where area_id = ? and status = 'FINISHED' and finished_at > ? and called_at is not null
				order by finished_at desc""")
			.params(areaId, java.sql.Timestamp.from(since))
			.withMaxRows(properties.serviceTimeSample())
			.query((rs, n) -> Duration
				.between(rs.getTimestamp("called_at").toInstant(), rs.getTimestamp("finished_at").toInstant())
				.toSeconds())
			.list();
		if (seconds.isEmpty()) {
			return properties.defaultServiceTime();
		}
		long mean = Math.round(seconds.stream().mapToLong(Long::longValue).average().orElse(0));
		return Duration.ofSeconds(Math.max(60, mean));
	}

	/** The latest calls at a site, newest first: what the hall display shows. */
	List<Call> recentCalls(long siteId, int limit) {
		return jdbc.sql("""
				select id, ticket, area_id, desk_id, called_at, call_count from reception_visit
				where site_id = ? and visit_day = ? and called_at is not null and desk_id is not null
				order by called_at desc, id desc""")
			.params(siteId, clock.today())
			.withMaxRows(limit)
			.query((rs, n) -> new Call(rs.getLong("id"), rs.getString("ticket"), rs.getLong("area_id"),
					rs.getLong("desk_id"), rs.getTimestamp("called_at").toInstant(), rs.getInt("call_count")))
			.list();
	}

	record Call(long visitId, String ticket, long areaId, long deskId, Instant calledAt, int callCount) {
	}

}
