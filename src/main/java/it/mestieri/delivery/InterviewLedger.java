package it.mestieri.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import it.mestieri.centre.AreaId;
import it.mestieri.counselling.InterviewCorrected;
import it.mestieri.counselling.InterviewRecorded;
import it.mestieri.identity.StaffId;
import it.mestieri.partners.PartnerId;

/**
 * The interviews held, per partner, kept from counselling's events. An event delivered
 * twice (republished after a restart) changes nothing.
 */
@Component
class InterviewLedger {

	private final JdbcClient jdbc;

	InterviewLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Held(PartnerId partner, StaffId counsellor, AreaId area, int minutes) {
	}

	@ApplicationModuleListener
	void on(InterviewRecorded event) {
		keep(event.interview().value(), event.partner(), event.counsellor(), event.area(), event.finishedAt(),
				event.durationMinutes());
	}

	@ApplicationModuleListener
	void on(InterviewCorrected event) {
		keep(event.interview().value(), event.partner(), event.counsellor(), event.area(), event.finishedAt(),
				event.durationMinutes());
	}

	/**
	 * The interviews that ended on the days {@code from} to {@code to}, both included.
	 */
	List<Held> between(LocalDate from, LocalDate to, ZoneId zone) {
		return jdbc.sql("""
				select partner_id, counsellor_id, area_id, duration_minutes from delivery_interview
				where finished_at >= ? and finished_at < ?""")
			.params(Timestamp.from(from.atStartOfDay(zone).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((rs, n) -> {
				long partner = rs.getLong("partner_id");
				return new Held(rs.wasNull() ? null : new PartnerId(partner), new StaffId(rs.getLong("counsellor_id")),
						new AreaId(rs.getLong("area_id")), rs.getInt("duration_minutes"));
			})
			.list();
	}

	private void keep(long interview, PartnerId partner, StaffId counsellor, AreaId area, Instant finishedAt,
			int minutes) {
		Long partnerId = partner == null ? null : partner.value();
		int updated = jdbc.sql("""
				update delivery_interview set partner_id = ?, counsellor_id = ?, area_id = ?, finished_at = ?,
				duration_minutes = ? where interview_id = ?""")
			.params(partnerId, counsellor.value(), area.value(), Timestamp.from(finishedAt), minutes, interview)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into delivery_interview (interview_id, partner_id, counsellor_id, area_id, finished_at,
					duration_minutes) values (?, ?, ?, ?, ?, ?)""")
				.params(interview, partnerId, counsellor.value(), area.value(), Timestamp.from(finishedAt), minutes)
				.update();
		}
	}

}
