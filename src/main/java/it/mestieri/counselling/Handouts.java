package it.mestieri.counselling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.AreaId;
import it.mestieri.shared.DomainException;

/**
 * The list of resources counsellors hand over, kept by the coordinator. A resource
 * already handed over stays in the records: it is deactivated, never deleted.
 */
@Service
@Transactional(readOnly = true)
class Handouts {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

	private final JdbcClient jdbc;

	Handouts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Handout> all() {
		return jdbc.sql("select * from counselling_resource order by sort_order, code")
			.query(Handouts::resource)
			.list();
	}

	/** The active resources offered in an area, in their order. */
	List<Handout> offeredIn(AreaId area) {
		return all().stream().filter(Handout::active).filter(resource -> resource.offeredIn(area)).toList();
	}

	Optional<Handout> find(HandoutId id) {
		return jdbc.sql("select * from counselling_resource where id = ?")
			.param(id.value())
			.query(Handouts::resource)
			.optional();
	}

	Handout require(HandoutId id) {
		return find(id).orElseThrow(() -> DomainException.notFound("counselling.resource.unknownId", id.value()));
	}

	boolean isEmpty() {
		return jdbc.sql("select count(*) from counselling_resource").query(Long.class).single() == 0;
	}

	@Transactional
	HandoutId add(String code, String nameIt, String nameEn, AreaId area, int sortOrder) {
		String checked = code(code);
		if (jdbc.sql("select count(*) from counselling_resource where code = ?")
			.param(checked)
			.query(Long.class)
			.single() > 0) {
			throw DomainException.conflict("counselling.resource.codeTaken", checked);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into counselling_resource (code, name_it, name_en, area_id, active, sort_order)
				values (?, ?, ?, ?, true, ?)""")
			.params(checked, name(nameIt, "nameIt"), name(nameEn, "nameEn"), area == null ? null : area.value(),
					order(sortOrder))
			.update(keys, "id");
		return new HandoutId(keys.getKeyAs(Number.class).longValue());
	}

	/**
	 * Renames, moves or (de)activates a resource, if nobody changed it since
	 * {@code version}.
	 */
	@Transactional
	void update(HandoutId id, long version, String nameIt, String nameEn, AreaId area, int sortOrder, boolean active) {
		require(id);
		int updated = jdbc.sql("""
				update counselling_resource
				set name_it = ?, name_en = ?, area_id = ?, sort_order = ?, active = ?, version = version + 1
				where id = ? and version = ?""")
			.params(name(nameIt, "nameIt"), name(nameEn, "nameEn"), area == null ? null : area.value(),
					order(sortOrder), active, id.value(), version)
			.update();
		if (updated == 0) {
			throw DomainException.conflict("counselling.resource.stale");
		}
	}

	/**
	 * Deletes a resource never handed over; one already handed over is deactivated
	 * instead. Says which.
	 */
	@Transactional
	boolean remove(HandoutId id) {
		require(id);
		boolean used = jdbc.sql("select count(*) from counselling_interview_resource where resource_id = ?")
			.param(id.value())
			.query(Long.class)
			.single() > 0;
		if (used) {
			jdbc.sql("update counselling_resource set active = false, version = version + 1 where id = ?")
				.param(id.value())
				.update();
			return false;
		}
		jdbc.sql("delete from counselling_resource where id = ?").param(id.value()).update();
		return true;
	}

	private static String code(String code) {
		String value = code == null ? "" : code.trim().toUpperCase();
		if (!CODE.matcher(value).matches()) {
			throw DomainException.invalid("counselling.resource.codeInvalid");
		}
		return value;
	}

	private static String name(String name, String field) {
		String value = name == null ? "" : name.strip();
		if (value.isEmpty() || value.length() > 200) {
			throw DomainException.invalid("counselling.resource.nameInvalid",
					DomainException.term("counselling.resource.field." + field), 200);
		}
		return value;
	}

	private static int order(int sortOrder) {
		if (sortOrder < 0 || sortOrder > 9999) {
			throw DomainException.invalid("counselling.resource.orderInvalid");
		}
		return sortOrder;
	}

	private static Handout resource(ResultSet rs, int row) throws SQLException {
		long area = rs.getLong("area_id");
		return new Handout(new HandoutId(rs.getLong("id")), rs.getString("code"), rs.getString("name_it"),
				rs.getString("name_en"), rs.wasNull() ? null : new AreaId(area), rs.getBoolean("active"),
				rs.getInt("sort_order"), rs.getLong("version"));
	}

}
