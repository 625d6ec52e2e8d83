package it.mestieri.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.AreaId;
import it.mestieri.identity.StaffId;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.SecurityLog;

/**
 * The centre's partner organisations: who they are, which areas they serve, since when.
 */
@Service
@Transactional(readOnly = true)
public class Partners {

	private final JdbcClient jdbc;

	Partners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Partner> all() {
		Map<Long, Set<AreaId>> areas = new HashMap<>();
		jdbc.sql("select partner_id, area_id from partners_partner_area").query((rs, n) -> {
			areas.computeIfAbsent(rs.getLong("partner_id"), id -> new HashSet<>())
				.add(new AreaId(rs.getLong("area_id")));
			return null;
		}).list();
		return jdbc.sql("select * from partners_partner order by name")
			.query((rs, n) -> partner(rs, areas.getOrDefault(rs.getLong("id"), Set.of())))
			.list();
	}

	public List<Partner> activeOn(LocalDate day) {
		return all().stream().filter(partner -> partner.activeOn(day)).toList();
	}

	public Partner partner(PartnerId id) {
		return all().stream()
			.filter(partner -> partner.id().equals(id))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("partners.unknown", String.valueOf(id.value())));
	}

	/** Adds a partner; the name must be new. */
	@Transactional
	public PartnerId add(String name, PartnerKind kind, String website, String email, String phone, Set<AreaId> areas,
			LocalDate activeFrom) {
		if (jdbc.sql("select count(*) from partners_partner where lower(name) = lower(?)")
			.param(name)
			.query(Long.class)
			.single() > 0) {
			throw DomainException.conflict("partners.nameTaken", name);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into partners_partner (name, kind, website, email, phone, active_from)
				values (?, ?, ?, ?, ?, ?)""")
			.params(name, kind.name(), website, email, phone, activeFrom)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		areas.forEach(area -> jdbc.sql("insert into partners_partner_area (partner_id, area_id) values (?, ?)")
			.params(id, area.value())
			.update());
		return new PartnerId(id);
	}

	/**
	 * Adds a partner as a coordinator describes it, checking every field: the name must
	 * be new, the contacts well formed, the active period in order ({@code activeTo} null
	 * while it lasts).
	 */
	@Transactional
	public PartnerId add(String name, PartnerKind kind, String website, String email, String phone, Set<AreaId> areas,
			LocalDate activeFrom, LocalDate activeTo) {
		String checkedName = Checks.text(name, 200, "name");
		Checks.FIELDS.required(kind, "partnerKind");
		Checks.period(activeFrom, activeTo, false, "activeFrom", "activeTo");
		PartnerId id = add(checkedName, kind, Checks.website(website), Checks.email(email), Checks.phone(phone), areas,
				activeFrom);
		jdbc.sql("update partners_partner set active_to = ? where id = ?").params(activeTo, id.value()).update();
		return id;
	}

	/**
	 * Saves a partner's details over the partner as it was at {@code version}, checked as
	 * by
	 * {@link #add(String, PartnerKind, String, String, String, Set, LocalDate, LocalDate)}.
	 * When someone else changed them since, nothing is saved and a {@link PartnerChanged}
	 * (409) carries the partner as it is now.
	 */
	@Transactional
	public Partner update(PartnerId id, long version, String name, PartnerKind kind, String website, String email,
			String phone, Set<AreaId> areas, LocalDate activeFrom, LocalDate activeTo) {
		partner(id);
		String checkedName = Checks.text(name, 200, "name");
		Checks.FIELDS.required(kind, "partnerKind");
		Checks.period(activeFrom, activeTo, false, "activeFrom", "activeTo");
		if (jdbc.sql("select count(*) from partners_partner where lower(name) = lower(?) and id <> ?")
			.params(checkedName, id.value())
			.query(Long.class)
			.single() > 0) {
			throw DomainException.conflict("partners.nameTaken", checkedName);
		}
		int saved = jdbc.sql("""
				update partners_partner set name = ?, kind = ?, website = ?, email = ?, phone = ?, active_from = ?,
				active_to = ?, version = version + 1 where id = ? and version = ?""")
			.params(checkedName, kind.name(), Checks.website(website), Checks.email(email), Checks.phone(phone),
					activeFrom, activeTo, id.value(), version)
			.update();
		if (saved == 0) {
			throw new PartnerChanged(partner(id));
		}
		jdbc.sql("delete from partners_partner_area where partner_id = ?").param(id.value()).update();
		areas.forEach(area -> jdbc.sql("insert into partners_partner_area (partner_id, area_id) values (?, ?)")
			.params(id.value(), area.value())
			.update());
		return partner(id);
	}

	/** The partner a member of staff belongs to, if any. */
	public Optional<PartnerMember> membership(StaffId staff) {
		return jdbc.sql("select * from partners_member where staff_id = ?")
			.param(staff.value())
			.query(Partners::member)
			.optional();
	}

	public List<PartnerMember> members(PartnerId partner) {
		return jdbc.sql("select * from partners_member where partner_id = ? order by staff_id")
			.param(partner.value())
			.query(Partners::member)
			.list();
	}

	public List<PartnerMember> allMembers() {
		return jdbc.sql("select * from partners_member order by staff_id").query(Partners::member).list();
	}

	/** Makes a member of staff belong to a partner, in place of any partner before. */
	@Transactional
	public void assign(StaffId staff, PartnerId partner, boolean namePublic) {
		partner(partner);
		if (jdbc.sql("update partners_member set partner_id = ?, name_public = ? where staff_id = ?")
			.params(partner.value(), namePublic, staff.value())
			.update() == 0) {
			jdbc.sql("insert into partners_member (staff_id, partner_id, name_public) values (?, ?, ?)")
				.params(staff.value(), partner.value(), namePublic)
				.update();
		}
	}

	@Transactional
	public void unassign(StaffId staff) {
		jdbc.sql("select partner_id from partners_member where staff_id = ?")
			.param(staff.value())
			.query(Long.class)
			.optional()
			.ifPresent(partner -> {
				jdbc.sql("delete from partners_member where staff_id = ?").param(staff.value()).update();
				SecurityLog.event("partner.memberRemoved", "partner", partner, "staff", staff.value(), "by",
						SecurityLog.actor());
			});
	}

	public boolean isEmpty() {
		return jdbc.sql("select count(*) from partners_partner").query(Long.class).single() == 0;
	}

	private static PartnerMember member(ResultSet rs, int row) throws SQLException {
		return new PartnerMember(new StaffId(rs.getLong("staff_id")), new PartnerId(rs.getLong("partner_id")),
				rs.getBoolean("name_public"));
	}

	private static Partner partner(ResultSet rs, Set<AreaId> areas) throws SQLException {
		java.sql.Date to = rs.getDate("active_to");
		return new Partner(new PartnerId(rs.getLong("id")), rs.getString("name"),
				PartnerKind.valueOf(rs.getString("kind")), rs.getString("website"), rs.getString("email"),
				rs.getString("phone"), Set.copyOf(areas), rs.getDate("active_from").toLocalDate(),
				to == null ? null : to.toLocalDate(), rs.getLong("version"));
	}

}
