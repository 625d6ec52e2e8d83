package it.mestieri.partners;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * Resources partners actually delivered (money, documentation, premises, other), as the
 * coordinator records them. Counsellor hours and workshops are not recorded here: they
 * come from the rota and the desks, and from events.
 *
 * <p>
 * For other modules: {@link #between(PartnerId, LocalDate, LocalDate)} gives what a
 * partner delivered in a period, to set against what it committed to
 * ({@link Agreements#inForce}).
 */
@Service
@Transactional(readOnly = true)
public class Contributions {

	/** What the coordinator records: {@code agreement} is optional. */
	public record Entry(CommitmentKind kind, BigDecimal quantity, String unit, LocalDate deliveredOn,
			AgreementId agreement, String note) {
	}

	private final JdbcClient jdbc;

	private final Partners partners;

	private final Agreements agreements;

	private final StaffDirectory staff;

	private final CentreClock clock;

	Contributions(JdbcClient jdbc, Partners partners, Agreements agreements, StaffDirectory staff, CentreClock clock) {
		this.jdbc = jdbc;
		this.partners = partners;
		this.agreements = agreements;
		this.staff = staff;
		this.clock = clock;
	}

	/** Everything the partner delivered, the latest first. */
	public List<Contribution> of(PartnerId partner) {
		return jdbc.sql("select * from partners_contribution where partner_id = ? order by delivered_on desc, id desc")
			.param(partner.value())
			.query(Contributions::contribution)
			.list();
	}

	/**
	 * What the partner delivered from {@code from} to {@code to}, both included, in date
	 * order.
	 */
	public List<Contribution> between(PartnerId partner, LocalDate from, LocalDate to) {
		Checks.period(from, to, true, "from", "to");
		return jdbc.sql("""
				select * from partners_contribution where partner_id = ? and delivered_on between ? and ?
				order by delivered_on, id""")
			.params(partner.value(), from, to)
			.query(Contributions::contribution)
			.list();
	}

	/** Records a delivery, by the member of staff of the current request, now. */
	@Transactional
	public Contribution record(PartnerId partner, Entry entry) {
		partners.partner(partner);
		CommitmentKind kind = Checks.FIELDS.required(entry.kind(), "kind");
		if (!kind.recordedAsContribution()) {
			throw DomainException.invalid("partners.contribution.kind",
					DomainException.term("partners.commitmentKind." + kind.name()));
		}
		BigDecimal quantity = Checks.quantity(entry.quantity());
		String unit = entry.unit() == null || entry.unit().isBlank()
				? (kind == CommitmentKind.MONEY ? "€" : Checks.text(entry.unit(), 40, "unit"))
				: Checks.text(entry.unit(), 40, "unit");
		LocalDate deliveredOn = Checks.FIELDS.required(entry.deliveredOn(), "deliveredOn");
		if (deliveredOn.isAfter(clock.today())) {
			throw DomainException.invalid("partners.contribution.future");
		}
		if (entry.agreement() != null) {
			Agreement agreement = agreements.agreement(entry.agreement());
			if (!agreement.hasParty(partner)) {
				throw DomainException.invalid("partners.contribution.notParty", agreement.title());
			}
		}
		String note = Checks.optional(entry.note(), 1000, "note");
		StaffId recordedBy = staff.requireCurrent().id();
		Instant now = clock.now();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into partners_contribution (partner_id, kind, quantity, quantity_unit, delivered_on, agreement_id,
						note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partner.value(), kind.name(), quantity, unit, deliveredOn,
					entry.agreement() == null ? null : entry.agreement().value(), note, recordedBy.value(),
					java.sql.Timestamp.from(now))
			.update(keys, "id");
		return new Contribution(keys.getKeyAs(Number.class).longValue(), partner, kind, quantity, unit, deliveredOn,
				entry.agreement(), note, recordedBy, now);
	}

	private static Contribution contribution(ResultSet rs, int row) throws SQLException {
		long agreement = rs.getLong("agreement_id");
		AgreementId agreementId = rs.wasNull() ? null : new AgreementId(agreement);
		long recordedBy = rs.getLong("recorded_by");
		StaffId staffId = rs.wasNull() ? null : new StaffId(recordedBy);
		return new Contribution(rs.getLong("id"), new PartnerId(rs.getLong("partner_id")),
				CommitmentKind.valueOf(rs.getString("kind")), rs.getBigDecimal("quantity"),
				rs.getString("quantity_unit"), rs.getDate("delivered_on").toLocalDate(), agreementId,
				rs.getString("note"), staffId, rs.getTimestamp("recorded_at").toInstant());
	}

}
