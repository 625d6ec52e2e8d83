package it.mestieri.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.AreaId;
import it.mestieri.shared.DomainException;

/** The centre's partner organisations: who they are, which areas they serve, since when. */
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
			areas.computeIfAbsent(rs.getLong("partner_id"), id -> new HashSet<>()).add(new AreaId(rs.getLong("area_id")));
			return null;
		}).list();
		return jdbc.sql("select * from partners_partner order by name")
			.query((rs, n) -> partner(rs, areas.getOrDefault(rs.getLong("id"), Set.of()))).list();
	}

	public List<Partner> activeOn(LocalDate day) {
		return all().stream().filter(partner -> partner.activeOn(day)).toList();
	}

	public Partner partner(PartnerId id) {
		return all().stream().filter(partner -> partner.id().equals(id)).findFirst()
			.orElseThrow(() -> DomainException.notFound("partners.unknown", String.valueOf(id.value())));
	}

	/** Adds a partner; the name must be new. */
	@Transactional
	public PartnerId add(String name, PartnerKind kind, String website, String email, String phone, Set<AreaId> areas,
			LocalDate activeFrom) {
		if (jdbc.sql("select count(*) from partners_partner where lower(name) = lower(?)").param(name)
			.query(Long.class).single() > 0) {
			throw DomainException.conflict("partners.nameTaken", name);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into partners_partner (name, kind, website, email, phone, active_from)
				values (?, ?, ?, ?, ?, ?)""").params(name, kind.name(), website, email, phone, activeFrom)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		areas.forEach(area -> jdbc.sql("insert into partners_partner_area (partner_id, area_id) values (?, ?)")
			.params(id, area.value()).update());
		return new PartnerId(id);
	}

	public boolean isEmpty() {
		return jdbc.sql("select count(*) from partners_partner").query(Long.class).single() == 0;
	}

	private static Partner partner(ResultSet rs, Set<AreaId> areas) throws SQLException {
		java.sql.Date to = rs.getDate("active_to");
		return new Partner(new PartnerId(rs.getLong("id")), rs.getString("name"), PartnerKind.valueOf(rs.getString("kind")),
				rs.getString("website"), rs.getString("email"), rs.getString("phone"), Set.copyOf(areas),
				rs.getDate("active_from").toLocalDate(), to == null ? null : to.toLocalDate());
	}
}
