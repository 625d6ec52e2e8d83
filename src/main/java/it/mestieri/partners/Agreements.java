package it.mestieri.partners;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffMember;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.SecurityLog;

/**
 * Agreements (protocolli d'intesa): their parties, what each party committed to, and
 * their documents. Every change to an agreement moves its version on; a change made
 * against an older version is refused, so that of two coordinators editing the same
 * agreement the second is told and nothing is lost.
 *
 * <p>
 * For other modules: {@link #inForce(PartnerId, LocalDate, LocalDate)} gives what a
 * partner committed to in a period. The reading methods here do not apply the current
 * user's scope.
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

	/**
	 * What a coordinator writes about an agreement: everything but commitments and
	 * documents.
	 */
	public record Draft(String title, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
			boolean charterAccepted, LocalDate charterAcceptedOn, List<PartnerId> parties) {
	}

	/**
	 * A commitment of one party, to be added. {@code area} is required for counsellor
	 * hours.
	 */
	public record NewCommitment(PartnerId partner, CommitmentKind kind, BigDecimal quantity, String unit,
			CommitmentPeriod period, AreaId area, String description) {
	}

	private final JdbcClient jdbc;

	private final Partners partners;

	private final CentreDirectory centre;

	private final DocumentStore store;

	private final CentreClock clock;

	private final StaffDirectory staff;

	Agreements(JdbcClient jdbc, Partners partners, CentreDirectory centre, DocumentStore store, CentreClock clock,
			StaffDirectory staff) {
		this.jdbc = jdbc;
		this.partners = partners;
		this.centre = centre;
		this.store = store;
		this.clock = clock;
		this.staff = staff;
	}

	/** Every agreement, the latest first. */
	public List<Agreement> all() {
		return load(null);
	}

	public Agreement agreement(AgreementId id) {
		return load(id).stream()
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("partners.agreement.unknown", String.valueOf(id.value())));
	}

	/** The agreements the partner is a party to, the latest first. */
	public List<Agreement> ofPartner(PartnerId partner) {
		return all().stream().filter(agreement -> agreement.hasParty(partner)).toList();
	}

	/**
	 * The agreements the partner is a party to whose validity overlaps the days from
	 * {@code from} to {@code to} (both included), each with only that partner's
	 * commitments: what the partner promised for the period, to set against what it
	 * delivered.
	 */
	public List<Agreement> inForce(PartnerId partner, LocalDate from, LocalDate to) {
		Checks.period(from, to, true, "from", "to");
		return ofPartner(partner).stream()
			.filter(agreement -> agreement.inForceBetween(from, to))
			.map(agreement -> new Agreement(agreement.id(), agreement.title(), agreement.signedOn(),
					agreement.validFrom(), agreement.validTo(), agreement.charterAccepted(),
					agreement.charterAcceptedOn(), agreement.version(), agreement.parties(),
					agreement.commitmentsOf(partner), agreement.documents()))
			.toList();
	}

	@Transactional
	public AgreementId create(Draft draft) {
		Draft checked = check(draft);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into partners_agreement (title, signed_on, valid_from, valid_to, charter_accepted, charter_accepted_on)
						values (?, ?, ?, ?, ?, ?)""")
			.params(checked.title(), checked.signedOn(), checked.validFrom(), checked.validTo(),
					checked.charterAccepted(), checked.charterAcceptedOn())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		checked.parties().forEach(party -> addParty(id, party));
		return new AgreementId(id);
	}

	/**
	 * Saves the draft over the agreement as it was at {@code version}. When someone else
	 * changed it since, nothing is saved and an {@link AgreementChanged} (409) carries
	 * the agreement as it is now. A party that still has commitments cannot be removed.
	 */
	@Transactional
	public Agreement update(AgreementId id, long version, Draft draft) {
		agreement(id);
		Draft checked = check(draft);
		int saved = jdbc.sql("""
				update partners_agreement set title = ?, signed_on = ?, valid_from = ?, valid_to = ?,
				charter_accepted = ?, charter_accepted_on = ?, version = version + 1
				where id = ? and version = ?""")
			.params(checked.title(), checked.signedOn(), checked.validFrom(), checked.validTo(),
					checked.charterAccepted(), checked.charterAcceptedOn(), id.value(), version)
			.update();
		if (saved == 0) {
			throw new AgreementChanged(agreement(id));
		}
		// Read after the update: the row is locked now, and every change to parties or
		// commitments moves the version.
		Agreement before = agreement(id);
		for (PartnerId party : before.parties()) {
			if (!checked.parties().contains(party)) {
				if (!before.commitmentsOf(party).isEmpty()) {
					throw DomainException.conflict("partners.agreement.partyHasCommitments",
							partners.partner(party).name());
				}
				jdbc.sql("delete from partners_agreement_party where agreement_id = ? and partner_id = ?")
					.params(id.value(), party.value())
					.update();
				SecurityLog.event("agreement.partyRemoved", "agreement", id.value(), "partner", party.value(), "by",
						SecurityLog.actor());
			}
		}
		checked.parties()
			.stream()
			.filter(party -> !before.parties().contains(party))
			.forEach(party -> addParty(id.value(), party));
		return agreement(id);
	}

	/** Adds a commitment of one of the parties; the agreement's version moves on. */
	@Transactional
	public Commitment addCommitment(AgreementId id, NewCommitment commitment) {
		touch(id);
		Agreement agreement = agreement(id);
		PartnerId partner = Checks.FIELDS.required(commitment.partner(), "partner");
		if (!agreement.hasParty(partner)) {
			throw DomainException.invalid("partners.commitment.notParty", String.valueOf(partner.value()));
		}
		CommitmentKind kind = Checks.FIELDS.required(commitment.kind(), "kind");
		CommitmentPeriod period = Checks.FIELDS.required(commitment.period(), "period");
		BigDecimal quantity = Checks.quantity(commitment.quantity());
		AreaId area = commitment.area();
		if (kind == CommitmentKind.COUNSELLOR_HOURS && area == null) {
			throw DomainException.invalid("partners.commitment.areaRequired");
		}
		if (area != null && centre.areas().stream().noneMatch(each -> each.id().equals(area))) {
			throw DomainException.invalid("partners.area.unknown", String.valueOf(area.value()));
		}
		String unit = unit(kind, commitment.unit());
		String description = Checks.optional(commitment.description(), 500, "description");
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into partners_commitment (agreement_id, partner_id, kind, quantity, quantity_unit,
				commitment_period, area_id, description) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), partner.value(), kind.name(), quantity, unit, period.name(),
					area == null ? null : area.value(), description)
			.update(keys, "id");
		return new Commitment(keys.getKeyAs(Number.class).longValue(), id, partner, kind, quantity, unit, period, area,
				description);
	}

	@Transactional
	public void removeCommitment(AgreementId id, long commitmentId) {
		touch(id);
		if (jdbc.sql("delete from partners_commitment where id = ? and agreement_id = ?")
			.params(commitmentId, id.value())
			.update() == 0) {
			throw DomainException.notFound("partners.commitment.unknown", String.valueOf(commitmentId));
		}
		SecurityLog.event("agreement.commitmentRemoved", "agreement", id.value(), "commitment", commitmentId, "by",
				SecurityLog.actor());
	}

	/**
	 * Attaches a PDF document: the declared content type must be {@code application/pdf}
	 * and the content must begin as a PDF does ({@code %PDF-}); at most the configured
	 * size. The file name is kept, cleaned, for the download only.
	 */
	@Transactional
	public AgreementDocument attach(AgreementId id, String fileName, String contentType, InputStream content) {
		agreement(id);
		if (!declaredPdf(contentType)) {
			throw DocumentStore.notPdf();
		}
		DocumentStore.Stored stored = store.store(content);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					store.delete(stored.storageName());
				}
			}
		});
		String name = cleanFileName(fileName);
		Instant now = clock.now();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into partners_document (agreement_id, file_name, storage_name, content_type, size_bytes, sha256,
				uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), name, stored.storageName(), MediaType.APPLICATION_PDF_VALUE, stored.size(),
					stored.sha256(),
					staff.current().map(StaffMember::id).map(it.mestieri.identity.StaffId::value).orElse(null),
					java.sql.Timestamp.from(now))
			.update(keys, "id");
		return new AgreementDocument(keys.getKeyAs(Number.class).longValue(), id, name, MediaType.APPLICATION_PDF_VALUE,
				stored.size(), stored.sha256(), now);
	}

	public AgreementDocument document(AgreementId id, long documentId) {
		return agreement(id).documents()
			.stream()
			.filter(document -> document.id() == documentId)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("partners.document.unknown", String.valueOf(documentId)));
	}

	/** The stored file of a document. */
	Resource content(AgreementDocument document) {
		String storageName = jdbc.sql("select storage_name from partners_document where id = ?")
			.param(document.id())
			.query(String.class)
			.single();
		return store.open(storageName);
	}

	/** The largest document accepted, as people say it ("10 MB"). */
	public String maxDocumentSize() {
		return store.limitText();
	}

	/**
	 * Only the last part of the name, without control characters or characters file
	 * systems dislike.
	 */
	static String cleanFileName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cc}\\p{Cf}<>:\"|?*;]", "").replaceAll("\\s+", " ").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.length() > 200) {
			name = name.substring(0, 196);
		}
		if (name.isBlank() || name.equalsIgnoreCase(".pdf")) {
			name = "documento";
		}
		return name.toLowerCase().endsWith(".pdf") ? name : name + ".pdf";
	}

	private static boolean declaredPdf(String contentType) {
		try {
			return contentType != null
					&& MediaType.parseMediaType(contentType).equalsTypeAndSubtype(MediaType.APPLICATION_PDF);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static String unit(CommitmentKind kind, String unit) {
		if (unit == null || unit.isBlank()) {
			return switch (kind) {
				case COUNSELLOR_HOURS -> "h";
				case MONEY -> "€";
				default -> throw DomainException.invalid("partners.field.required", Checks.FIELDS.field("unit"));
			};
		}
		return Checks.text(unit, 40, "unit");
	}

	private Draft check(Draft draft) {
		String title = Checks.text(draft.title(), 300, "title");
		Checks.period(draft.validFrom(), draft.validTo(), true, "validFrom", "validTo");
		LocalDate acceptedOn = draft.charterAccepted()
				? Checks.FIELDS.required(draft.charterAcceptedOn(), "charterAcceptedOn") : null;
		List<PartnerId> parties = List
			.copyOf(new LinkedHashSet<>(draft.parties() == null ? List.of() : draft.parties()));
		if (parties.isEmpty()) {
			throw DomainException.invalid("partners.agreement.noParty");
		}
		Set<PartnerId> known = new java.util.HashSet<>(partners.all().stream().map(Partner::id).toList());
		for (PartnerId party : parties) {
			if (!known.contains(party)) {
				throw DomainException.invalid("partners.unknown", String.valueOf(party.value()));
			}
		}
		return new Draft(title, draft.signedOn(), draft.validFrom(), draft.validTo(), draft.charterAccepted(),
				acceptedOn, parties);
	}

	private void addParty(long agreement, PartnerId party) {
		jdbc.sql("insert into partners_agreement_party (agreement_id, partner_id) values (?, ?)")
			.params(agreement, party.value())
			.update();
	}

	/**
	 * Moves the version on first thing, so that the agreement's row is locked for the
	 * rest of the change and concurrent changes to one agreement follow each other.
	 */
	private void touch(AgreementId id) {
		if (jdbc.sql("update partners_agreement set version = version + 1 where id = ?")
			.param(id.value())
			.update() == 0) {
			throw DomainException.notFound("partners.agreement.unknown", String.valueOf(id.value()));
		}
	}

	private List<Agreement> load(AgreementId only) {
		String where = only == null ? "" : " where agreement_id = " + only.value();
		Map<Long, List<PartnerId>> parties = new HashMap<>();
		jdbc.sql("select agreement_id, partner_id from partners_agreement_party" + where + " order by partner_id")
			.query((rs, n) -> parties.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
				.add(new PartnerId(rs.getLong(2))))
			.list();
		Map<Long, List<Commitment>> commitments = new HashMap<>();
		jdbc.sql("select * from partners_commitment" + where + " order by id").query((rs, n) -> {
			Commitment commitment = commitment(rs);
			return commitments.computeIfAbsent(commitment.agreement().value(), key -> new ArrayList<>())
				.add(commitment);
		}).list();
		Map<Long, List<AgreementDocument>> documents = new HashMap<>();
		jdbc.sql("select * from partners_document" + where + " order by id").query((rs, n) -> {
			AgreementDocument document = document(rs);
			return documents.computeIfAbsent(document.agreement().value(), key -> new ArrayList<>()).add(document);
		}).list();
		String agreementWhere = only == null ? "" : " where id = " + only.value();
		return jdbc.sql("select * from partners_agreement" + agreementWhere).query((rs, n) -> {
			long id = rs.getLong("id");
			return new Agreement(new AgreementId(id), rs.getString("title"), date(rs, "signed_on"),
					date(rs, "valid_from"), date(rs, "valid_to"), rs.getBoolean("charter_accepted"),
					date(rs, "charter_accepted_on"), rs.getLong("version"), parties.getOrDefault(id, List.of()),
					commitments.getOrDefault(id, List.of()), documents.getOrDefault(id, List.of()));
		})
			.list()
			.stream()
			.sorted(Comparator.comparing(Agreement::validFrom).reversed().thenComparing(Agreement::title))
			.toList();
	}

	private static Commitment commitment(ResultSet rs) throws SQLException {
		long area = rs.getLong("area_id");
		AreaId areaId = rs.wasNull() ? null : new AreaId(area);
		return new Commitment(rs.getLong("id"), new AgreementId(rs.getLong("agreement_id")),
				new PartnerId(rs.getLong("partner_id")), CommitmentKind.valueOf(rs.getString("kind")),
				rs.getBigDecimal("quantity"), rs.getString("quantity_unit"),
				CommitmentPeriod.valueOf(rs.getString("commitment_period")), areaId, rs.getString("description"));
	}

	private static AgreementDocument document(ResultSet rs) throws SQLException {
		return new AgreementDocument(rs.getLong("id"), new AgreementId(rs.getLong("agreement_id")),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant());
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
