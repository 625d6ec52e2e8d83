package it.mestieri.rota;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;

/** The rota's tables. */
@Repository
class RotaStore {

	private final JdbcClient jdbc;

	RotaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Shift> shifts() {
		return jdbc.sql("select * from rota_shift order by weekday, starts_at, desk_id, id")
			.query(RotaStore::shift)
			.list();
	}

	/** The shifts valid at some time between the two dates. */
	List<Shift> shifts(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select * from rota_shift where valid_from <= :to and (valid_to is null or valid_to >= :from)
				order by weekday, starts_at, desk_id, id""")
			.param("from", from)
			.param("to", to)
			.query(RotaStore::shift)
			.list();
	}

	Optional<Shift> shift(ShiftId id) {
		return jdbc.sql("select * from rota_shift where id = ?").param(id.value()).query(RotaStore::shift).optional();
	}

	ShiftId insert(Shift shift) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into rota_shift (site_id, area_id, desk_id, weekday, starts_at, ends_at, valid_from, valid_to,
				    counsellor_id, second_counsellor_id, version, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(shift.site().value(), shift.area().value(), shift.desk().value(), shift.weekday().getValue(),
					shift.start(), shift.end(), shift.validFrom(), shift.validTo(), shift.counsellors().get(0).value(),
					second(shift), Timestamp.from(shift.changedAt()))
			.update(keys, "id");
		return new ShiftId(keys.getKeyAs(Number.class).longValue());
	}

	/** Saves the shift if nobody changed it since {@code version}; false otherwise. */
	boolean update(Shift shift, long version) {
		return jdbc.sql("""
				update rota_shift set site_id = ?, area_id = ?, desk_id = ?, weekday = ?, starts_at = ?, ends_at = ?,
				    valid_from = ?, valid_to = ?, counsellor_id = ?, second_counsellor_id = ?, version = version + 1,
				    changed_at = ?
				where id = ? and version = ?""")
			.params(shift.site().value(), shift.area().value(), shift.desk().value(), shift.weekday().getValue(),
					shift.start(), shift.end(), shift.validFrom(), shift.validTo(), shift.counsellors().get(0).value(),
					second(shift), Timestamp.from(shift.changedAt()), shift.id().value(), version)
			.update() == 1;
	}

	void delete(ShiftId id) {
		jdbc.sql("delete from rota_exception where shift_id = ?").param(id.value()).update();
		jdbc.sql("delete from rota_shift where id = ?").param(id.value()).update();
	}

	/** Exceptions between the two dates, removed ones included. */
	List<ShiftException> exceptions(LocalDate from, LocalDate to) {
		return jdbc.sql("select * from rota_exception where on_date between ? and ? order by on_date, id")
			.params(from, to)
			.query(RotaStore::exception)
			.list();
	}

	/** The exceptions in force on that date of the shift. */
	List<ShiftException> exceptions(ShiftId shift, LocalDate date) {
		return jdbc.sql("""
				select * from rota_exception where shift_id = ? and on_date = ? and removed_at is null order by id""")
			.params(shift.value(), date)
			.query(RotaStore::exception)
			.list();
	}

	Optional<ShiftException> exception(long id) {
		return jdbc.sql("select * from rota_exception where id = ?").param(id).query(RotaStore::exception).optional();
	}

	boolean removeException(long id, Instant at) {
		return jdbc.sql("update rota_exception set removed_at = ? where id = ? and removed_at is null")
			.params(Timestamp.from(at), id)
			.update() == 1;
	}

	long insert(ShiftException exception) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into rota_exception (shift_id, on_date, kind, counsellor_id, replacement_id, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(exception.shift().value(), exception.date(), exception.kind().name(),
					exception.counsellor() == null ? null : exception.counsellor().value(),
					exception.replacement() == null ? null : exception.replacement().value(),
					Timestamp.from(exception.createdAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Closing days between the two dates, removed ones included. */
	List<ClosingDay> closingDays(LocalDate from, LocalDate to) {
		return jdbc.sql("select * from rota_closing_day where on_date between ? and ? order by on_date, id")
			.params(from, to)
			.query(RotaStore::closingDay)
			.list();
	}

	Optional<ClosingDay> closingDay(long id) {
		return jdbc.sql("select * from rota_closing_day where id = ?")
			.param(id)
			.query(RotaStore::closingDay)
			.optional();
	}

	long insert(ClosingDay day) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into rota_closing_day (site_id, on_date, reason, created_at) values (?, ?, ?, ?)")
			.params(day.site() == null ? null : day.site().value(), day.date(), day.reason(),
					Timestamp.from(day.createdAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	boolean remove(long closingDay, Instant at) {
		return jdbc.sql("update rota_closing_day set removed_at = ? where id = ? and removed_at is null")
			.params(Timestamp.from(at), closingDay)
			.update() == 1;
	}

	void recordOffRotaTake(DeskId desk, StaffId staff, Instant takenAt) {
		jdbc.sql("insert into rota_off_rota_take (desk_id, staff_id, taken_at) values (?, ?, ?)")
			.params(desk.value(), staff.value(), Timestamp.from(takenAt))
			.update();
	}

	List<OffRotaTake> offRotaTakes(Instant from, Instant to) {
		return jdbc
			.sql("""
					select * from rota_off_rota_take where taken_at >= ? and taken_at < ? order by taken_at desc, id desc""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new OffRotaTake(new DeskId(rs.getLong("desk_id")), new StaffId(rs.getLong("staff_id")),
					rs.getTimestamp("taken_at").toInstant()))
			.list();
	}

	Optional<String> token(StaffId staff) {
		return jdbc.sql("select token from rota_calendar_token where staff_id = ?")
			.param(staff.value())
			.query(String.class)
			.optional();
	}

	Optional<StaffId> staffOfToken(String token) {
		return jdbc.sql("select staff_id from rota_calendar_token where token = ?")
			.param(token)
			.query((rs, n) -> new StaffId(rs.getLong(1)))
			.optional();
	}

	void saveToken(StaffId staff, String token, Instant at) {
		if (jdbc.sql("update rota_calendar_token set token = ?, created_at = ? where staff_id = ?")
			.params(token, Timestamp.from(at), staff.value())
			.update() == 0) {
			jdbc.sql("insert into rota_calendar_token (staff_id, token, created_at) values (?, ?, ?)")
				.params(staff.value(), token, Timestamp.from(at))
				.update();
		}
	}

	boolean isEmpty() {
		return jdbc.sql("select count(*) from rota_shift").query(Long.class).single() == 0;
	}

	private static Long second(Shift shift) {
		return shift.counsellors().size() > 1 ? shift.counsellors().get(1).value() : null;
	}

	private static Shift shift(ResultSet rs, int row) throws SQLException {
		List<StaffId> counsellors = new ArrayList<>(List.of(new StaffId(rs.getLong("counsellor_id"))));
		long second = rs.getLong("second_counsellor_id");
		if (!rs.wasNull()) {
			counsellors.add(new StaffId(second));
		}
		java.sql.Date validTo = rs.getDate("valid_to");
		return new Shift(new ShiftId(rs.getLong("id")), new SiteId(rs.getLong("site_id")),
				new AreaId(rs.getLong("area_id")), new DeskId(rs.getLong("desk_id")),
				DayOfWeek.of(rs.getInt("weekday")), rs.getTime("starts_at").toLocalTime(),
				rs.getTime("ends_at").toLocalTime(), rs.getDate("valid_from").toLocalDate(),
				validTo == null ? null : validTo.toLocalDate(), counsellors, rs.getLong("version"),
				rs.getTimestamp("changed_at").toInstant());
	}

	private static ShiftException exception(ResultSet rs, int row) throws SQLException {
		long counsellor = rs.getLong("counsellor_id");
		StaffId who = rs.wasNull() ? null : new StaffId(counsellor);
		long replacement = rs.getLong("replacement_id");
		StaffId by = rs.wasNull() ? null : new StaffId(replacement);
		Timestamp removed = rs.getTimestamp("removed_at");
		return new ShiftException(rs.getLong("id"), new ShiftId(rs.getLong("shift_id")),
				rs.getDate("on_date").toLocalDate(), ExceptionKind.valueOf(rs.getString("kind")), who, by,
				rs.getTimestamp("created_at").toInstant(), removed == null ? null : removed.toInstant());
	}

	private static ClosingDay closingDay(ResultSet rs, int row) throws SQLException {
		long site = rs.getLong("site_id");
		SiteId siteId = rs.wasNull() ? null : new SiteId(site);
		Timestamp removed = rs.getTimestamp("removed_at");
		return new ClosingDay(rs.getLong("id"), siteId, rs.getDate("on_date").toLocalDate(), rs.getString("reason"),
				rs.getTimestamp("created_at").toInstant(), removed == null ? null : removed.toInstant());
	}

	/** A desk taken with no shift of the counsellor's there then. */
	record OffRotaTake(DeskId desk, StaffId counsellor, Instant takenAt) {
	}

}
