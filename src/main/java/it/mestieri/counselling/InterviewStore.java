package it.mestieri.counselling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.centre.TopicId;
import it.mestieri.identity.StaffId;
import it.mestieri.partners.PartnerId;
import it.mestieri.reception.Outcome;
import it.mestieri.reception.ReferralDestination;
import it.mestieri.reception.VisitId;

/**
 * The interview records, their topics and resources, and their history, in the database.
 */
@Repository
class InterviewStore {

	/**
	 * One change of a record: its recording or a correction, with what it changed field
	 * by field.
	 */
	record Change(int revision, String kind, StaffId by, Instant at, List<FieldChange> fields) {
	}

	record FieldChange(String field, String before, String after) {
	}

	private final JdbcClient jdbc;

	InterviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	InterviewId insert(Interview interview) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into counselling_interview (visit_id, counsellor_id, partner_id, site_id, area_id, desk_id,
				    interview_day, started_at, finished_at, duration_minutes, outcome, referral, referral_partner_id,
				    follow_up_suggested, recorded_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(interview.visit().value(), interview.counsellor().value(), value(interview.partner()),
					interview.site().value(), interview.area().value(), interview.desk().value(), interview.day(),
					Timestamp.from(interview.startedAt()), Timestamp.from(interview.finishedAt()),
					interview.durationMinutes(), interview.outcome().name(), name(interview.referral()),
					value(interview.referralPartner()), interview.followUpSuggested(),
					Timestamp.from(interview.recordedAt()))
			.update(keys, "id");
		InterviewId id = new InterviewId(keys.getKeyAs(Number.class).longValue());
		replaceChoices(id, interview.topics(), interview.resources());
		return id;
	}

	/**
	 * Saves a correction if the record is still at {@code version}; false when someone
	 * changed it first.
	 */
	boolean update(Interview corrected, long version) {
		int updated = jdbc.sql("""
				update counselling_interview
				set referral = ?, referral_partner_id = ?, follow_up_suggested = ?, version = version + 1
				where id = ? and version = ?""")
			.params(name(corrected.referral()), value(corrected.referralPartner()), corrected.followUpSuggested(),
					corrected.id().value(), version)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("delete from counselling_interview_topic where interview_id = ?")
			.param(corrected.id().value())
			.update();
		jdbc.sql("delete from counselling_interview_resource where interview_id = ?")
			.param(corrected.id().value())
			.update();
		replaceChoices(corrected.id(), corrected.topics(), corrected.resources());
		return true;
	}

	private void replaceChoices(InterviewId id, List<TopicId> topics, List<HandoutId> resources) {
		for (TopicId topic : topics) {
			jdbc.sql("insert into counselling_interview_topic (interview_id, topic_id) values (?, ?)")
				.params(id.value(), topic.value())
				.update();
		}
		for (HandoutId resource : resources) {
			jdbc.sql("insert into counselling_interview_resource (interview_id, resource_id) values (?, ?)")
				.params(id.value(), resource.value())
				.update();
		}
	}

	Optional<Interview> find(InterviewId id) {
		return list("where i.id = ?", id.value()).stream().findFirst();
	}

	List<Interview> byCounsellor(StaffId counsellor, LocalDate from, LocalDate to) {
		return list("where i.counsellor_id = ? and i.interview_day between ? and ?", counsellor.value(), from, to);
	}

	List<Interview> byPartner(PartnerId partner, LocalDate from, LocalDate to) {
		return list("where i.partner_id = ? and i.interview_day between ? and ?", partner.value(), from, to);
	}

	List<Interview> all(LocalDate from, LocalDate to) {
		return list("where i.interview_day between ? and ?", from, to);
	}

	List<PartnerInterviews> countsByPartner(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select partner_id, area_id, count(*) as interviews, sum(duration_minutes) as minutes
				from counselling_interview
				where interview_day between ? and ?
				group by partner_id, area_id
				order by partner_id, area_id""").params(from, to).query((rs, n) -> {
			long partner = rs.getLong("partner_id");
			PartnerId partnerId = rs.wasNull() ? null : new PartnerId(partner);
			return new PartnerInterviews(partnerId, new AreaId(rs.getLong("area_id")), rs.getLong("interviews"),
					rs.getLong("minutes"));
		}).list();
	}

	void addChange(InterviewId id, String kind, StaffId by, Instant at, List<FieldChange> fields) {
		int revision = jdbc
			.sql("select coalesce(max(revision), 0) from counselling_interview_change where interview_id = ?")
			.param(id.value())
			.query(Integer.class)
			.single() + 1;
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into counselling_interview_change (interview_id, revision, kind, changed_by, changed_at)
				values (?, ?, ?, ?, ?)""")
			.params(id.value(), revision, kind, by.value(), Timestamp.from(at))
			.update(keys, "id");
		long change = keys.getKeyAs(Number.class).longValue();
		for (FieldChange field : fields) {
			jdbc.sql("""
					insert into counselling_interview_change_field (change_id, field, before_value, after_value)
					values (?, ?, ?, ?)""").params(change, field.field(), field.before(), field.after()).update();
		}
	}

	List<Change> history(InterviewId id) {
		Map<Long, List<FieldChange>> fields = new HashMap<>();
		jdbc.sql("""
				select f.change_id, f.field, f.before_value, f.after_value
				from counselling_interview_change_field f
				join counselling_interview_change c on c.id = f.change_id
				where c.interview_id = ?
				order by f.change_id, f.field""")
			.param(id.value())
			.query((rs, n) -> fields.computeIfAbsent(rs.getLong("change_id"), k -> new ArrayList<>())
				.add(new FieldChange(rs.getString("field"), rs.getString("before_value"), rs.getString("after_value"))))
			.list();
		return jdbc.sql("select * from counselling_interview_change where interview_id = ? order by revision")
			.param(id.value())
			.query((rs, n) -> new Change(rs.getInt("revision"), rs.getString("kind"),
					new StaffId(rs.getLong("changed_by")), rs.getTimestamp("changed_at").toInstant(),
					List.copyOf(fields.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
	}

	private List<Interview> list(String where, Object... params) {
		List<Row> rows = jdbc
			.sql("select i.* from counselling_interview i " + where + " order by i.recorded_at desc, i.id desc")
			.params(params)
			.query(InterviewStore::row)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<TopicId>> topics = new LinkedHashMap<>();
		Map<Long, List<HandoutId>> resources = new LinkedHashMap<>();
		String ids = String.join(",", rows.stream().map(row -> String.valueOf(row.id())).toList());
		jdbc.sql("select interview_id, topic_id from counselling_interview_topic where interview_id in (" + ids
				+ ") order by topic_id")
			.query((rs, n) -> topics.computeIfAbsent(rs.getLong("interview_id"), k -> new ArrayList<>())
				.add(new TopicId(rs.getLong("topic_id"))))
			.list();
		jdbc.sql("select interview_id, resource_id from counselling_interview_resource where interview_id in (" + ids
				+ ") order by resource_id")
			.query((rs, n) -> resources.computeIfAbsent(rs.getLong("interview_id"), k -> new ArrayList<>())
				.add(new HandoutId(rs.getLong("resource_id"))))
			.list();
		return rows.stream()
			.map(row -> row.interview(topics.getOrDefault(row.id(), List.of()),
					resources.getOrDefault(row.id(), List.of())))
			.toList();
	}

	/** A row of counselling_interview, before its topics and resources are read. */
	private record Row(long id, VisitId visit, StaffId counsellor, PartnerId partner, SiteId site, AreaId area,
			DeskId desk, LocalDate day, Instant startedAt, Instant finishedAt, int durationMinutes, Outcome outcome,
			ReferralDestination referral, PartnerId referralPartner, boolean followUpSuggested, Instant recordedAt,
			long version) {

		Interview interview(List<TopicId> topics, List<HandoutId> resources) {
			return new Interview(new InterviewId(id), visit, counsellor, partner, site, area, desk, day, startedAt,
					finishedAt, durationMinutes, outcome, List.copyOf(topics), List.copyOf(resources), referral,
					referralPartner, followUpSuggested, recordedAt, version);
		}
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String referral = rs.getString("referral");
		return new Row(rs.getLong("id"), new VisitId(rs.getLong("visit_id")), new StaffId(rs.getLong("counsellor_id")),
				partner(rs, "partner_id"), new SiteId(rs.getLong("site_id")), new AreaId(rs.getLong("area_id")),
				new DeskId(rs.getLong("desk_id")), rs.getDate("interview_day").toLocalDate(),
				rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
				rs.getInt("duration_minutes"), Outcome.valueOf(rs.getString("outcome")),
				referral == null ? null : ReferralDestination.valueOf(referral), partner(rs, "referral_partner_id"),
				rs.getBoolean("follow_up_suggested"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getLong("version"));
	}

	private static PartnerId partner(ResultSet rs, String column) throws SQLException {
		long id = rs.getLong(column);
		return rs.wasNull() ? null : new PartnerId(id);
	}

	private static Long value(PartnerId partner) {
		return partner == null ? null : partner.value();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
