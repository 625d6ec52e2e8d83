package it.mestieri.delivery;

import static java.util.stream.Collectors.groupingBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.AreaId;
import it.mestieri.delivery.DeliveryReport.CounsellorActivity;
import it.mestieri.delivery.DeliveryReport.Line;
import it.mestieri.delivery.DeliveryReport.Status;
import it.mestieri.delivery.DeliveryReport.Totals;
import it.mestieri.calendar.PartnerWorkshops;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.identity.StaffRole;
import it.mestieri.partners.Agreement;
import it.mestieri.partners.Agreements;
import it.mestieri.partners.Commitment;
import it.mestieri.partners.CommitmentKind;
import it.mestieri.partners.Contribution;
import it.mestieri.partners.Contributions;
import it.mestieri.partners.Partner;
import it.mestieri.partners.PartnerId;
import it.mestieri.partners.PartnerMember;
import it.mestieri.partners.Partners;
import it.mestieri.rota.Rota;
import it.mestieri.rota.ScheduledHours;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * Committed versus delivered, per partner and period. Counsellor hours promised are set
 * against the hours on the rota and the hours actually worked at the desks (the latter
 * decides shortfalls); money, documentation, premises and other resources against the
 * contributions the coordinator recorded; workshops against the workshop events the
 * partner organised. Commitments are counted pro rata: 12 hours a week over a 14-day
 * period in force are 24 hours.
 */
@Service
@Transactional(readOnly = true)
public class Delivery {

	/**
	 * The longest period a report covers, so that a mistyped year cannot make the server
	 * work for minutes.
	 */
	static final long LONGEST_PERIOD_DAYS = 5 * 366;

	private static final double DAYS_PER_YEAR = 365.2425;

	private final Partners partners;

	private final Agreements agreements;

	private final Contributions contributions;

	private final Rota rota;

	private final WorkedHours workedHours;

	private final InterviewLedger interviews;

	private final StaffDirectory staff;

	private final CentreClock clock;

	private final PartnerWorkshops workshops;

	Delivery(Partners partners, Agreements agreements, Contributions contributions, Rota rota, WorkedHours workedHours,
			InterviewLedger interviews, StaffDirectory staff, CentreClock clock, PartnerWorkshops workshops) {
		this.partners = partners;
		this.agreements = agreements;
		this.contributions = contributions;
		this.rota = rota;
		this.workedHours = workedHours;
		this.interviews = interviews;
		this.staff = staff;
		this.clock = clock;
		this.workshops = workshops;
	}

	/**
	 * The only partner the current member of staff may see, or empty for the coordinator,
	 * who sees all.
	 */
	public Optional<PartnerId> restriction() {
		StaffMember member = staff.requireCurrent();
		if (member.has(StaffRole.COORDINATOR)) {
			return Optional.empty();
		}
		return Optional.of(partners.membership(member.id()).map(PartnerMember::partner).orElse(new PartnerId(-1)));
	}

	/**
	 * The report of one partner; another partner's, for a partner coordinator, is unknown
	 * (404).
	 */
	public DeliveryReport report(PartnerId partnerId, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		if (restriction().map(own -> !own.equals(partnerId)).orElse(false)) {
			throw DomainException.notFound("partners.unknown", String.valueOf(partnerId.value()));
		}
		Partner partner = partners.partner(partnerId);
		Activity activity = activity(from, to);
		return report(partner, from, to, activity, activity.totals(null));
	}

	/** Every partner's report, for the coordinator's overview. */
	public List<DeliveryReport> reports(LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		if (restriction().isPresent()) {
			throw DomainException.forbidden("problem.forbidden");
		}
		Activity activity = activity(from, to);
		Totals centre = activity.totals(null);
		return partners.all()
			.stream()
			.filter(partner -> partner.activeTo() == null || !partner.activeTo().isBefore(from))
			.map(partner -> report(partner, from, to, activity, centre))
			.toList();
	}

	private DeliveryReport report(Partner partner, LocalDate from, LocalDate to, Activity activity, Totals centre) {
		LocalDate asOf = clock.today();
		Map<LineKey, List<Counted>> committed = new LinkedHashMap<>();
		for (Agreement agreement : agreements.inForce(partner.id(), from, to)) {
			for (Commitment commitment : agreement.commitments()) {
				committed.computeIfAbsent(LineKey.of(commitment), key -> new ArrayList<>())
					.add(new Counted(agreement, commitment));
			}
		}
		Map<LineKey, BigDecimal> contributed = new LinkedHashMap<>();
		for (Contribution contribution : contributions.between(partner.id(), from, to)) {
			contributed.merge(LineKey.of(contribution), contribution.quantity(), BigDecimal::add);
		}

		List<Line> lines = new ArrayList<>();
		committed.forEach((key, counted) -> {
			BigDecimal forPeriod = sum(counted.stream().map(c -> c.share(from, to)).toList());
			BigDecimal dueByNow = from.isAfter(asOf) ? BigDecimal.ZERO
					: sum(counted.stream().map(c -> c.share(from, to.isBefore(asOf) ? to : asOf)).toList());
			BigDecimal scheduled = null;
			BigDecimal delivered;
			switch (key.kind()) {
				case COUNSELLOR_HOURS -> {
					scheduled = hours(activity.scheduled(partner.id(), key.area()));
					delivered = hours(activity.worked(partner.id(), key.area()));
				}
				case WORKSHOPS -> delivered = workshops.between(partner.id(), from, to);
				default -> delivered = round(contributed.getOrDefault(key, BigDecimal.ZERO));
			}
			lines.add(new Line(key.kind(), key.area(), key.unit(), counted.stream().map(Counted::describe).toList(),
					round(forPeriod), round(dueByNow), scheduled, delivered, status(forPeriod, dueByNow, delivered)));
		});
		contributed.forEach((key, quantity) -> {
			if (!committed.containsKey(key)) {
				lines.add(new Line(key.kind(), key.area(), key.unit(), List.of(), BigDecimal.ZERO.setScale(2),
						BigDecimal.ZERO.setScale(2), null, round(quantity), Status.NOT_COMMITTED));
			}
		});
		lines.sort(Comparator.comparing(Line::kind)
			.thenComparing(line -> line.area() == null ? 0 : line.area().value())
			.thenComparing(line -> line.unit() == null ? "" : line.unit()));

		BigDecimal committedHours = sum(lines.stream()
			.filter(line -> line.kind() == CommitmentKind.COUNSELLOR_HOURS)
			.map(Line::committed)
			.toList());
		return new DeliveryReport(partner.id(), partner.name(), from, to, asOf, lines,
				activity.counsellors(partner.id()), activity.totals(partner.id()).withCommitted(committedHours),
				centre.withCommitted(centreCommittedHours(from, to)));
	}

	private BigDecimal centreCommittedHours(LocalDate from, LocalDate to) {
		List<BigDecimal> shares = new ArrayList<>();
		for (Agreement agreement : agreements.all()) {
			if (agreement.inForceBetween(from, to)) {
				agreement.commitments()
					.stream()
					.filter(c -> c.kind() == CommitmentKind.COUNSELLOR_HOURS)
					.forEach(c -> shares.add(new Counted(agreement, c).share(from, to)));
			}
		}
		return round(sum(shares));
	}

	static Status status(BigDecimal committed, BigDecimal dueByNow, BigDecimal delivered) {
		if (delivered.compareTo(committed) >= 0) {
			return Status.MET;
		}
		return delivered.compareTo(dueByNow) >= 0 ? Status.ON_TRACK : Status.SHORTFALL;
	}

	private Activity activity(LocalDate from, LocalDate to) {
		Map<StaffId, PartnerId> memberships = new HashMap<>();
		partners.allMembers().forEach(member -> memberships.put(member.staff(), member.partner()));
		Map<StaffId, String> names = new HashMap<>();
		staff.all().forEach(member -> names.put(member.id(), member.displayName()));
		return new Activity(rota.scheduledHours(from, to), workedHours.between(from, to),
				interviews.between(from, to, clock.zone()), memberships, names);
	}

	static void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw DomainException.invalid("delivery.period.missing");
		}
		if (to.isBefore(from)) {
			throw DomainException.invalid("delivery.period.reversed", from, to);
		}
		if (ChronoUnit.DAYS.between(from, to) > LONGEST_PERIOD_DAYS) {
			throw DomainException.invalid("delivery.period.tooLong", 5);
		}
	}

	static BigDecimal hours(Duration time) {
		return BigDecimal.valueOf(time.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * What a line groups: counsellor hours per area, everything else per kind and unit
	 * (case ignored).
	 */
	record LineKey(CommitmentKind kind, AreaId area, String unit) {

		static LineKey of(Commitment commitment) {
			return of(commitment.kind(), commitment.area(), commitment.unit());
		}

		static LineKey of(Contribution contribution) {
			return of(contribution.kind(), null, contribution.unit());
		}

		private static LineKey of(CommitmentKind kind, AreaId area, String unit) {
			if (kind == CommitmentKind.COUNSELLOR_HOURS || kind == CommitmentKind.WORKSHOPS) {
				return new LineKey(kind, kind == CommitmentKind.COUNSELLOR_HOURS ? area : null, null);
			}
			return new LineKey(kind, null, unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT));
		}
	}

	/**
	 * A commitment in its agreement, to count the share of it that falls in some days.
	 */
	record Counted(Agreement agreement, Commitment commitment) {

		BigDecimal share(LocalDate from, LocalDate to) {
			LocalDate start = from.isAfter(agreement.validFrom()) ? from : agreement.validFrom();
			LocalDate end = to.isBefore(agreement.validTo()) ? to : agreement.validTo();
			if (end.isBefore(start)) {
				return BigDecimal.ZERO;
			}
			double days = ChronoUnit.DAYS.between(start, end) + 1;
			double periodDays = switch (commitment.period()) {
				case WEEK -> 7;
				case MONTH -> DAYS_PER_YEAR / 12;
				case QUARTER -> DAYS_PER_YEAR / 4;
				case YEAR -> DAYS_PER_YEAR;
				case WHOLE_AGREEMENT -> ChronoUnit.DAYS.between(agreement.validFrom(), agreement.validTo()) + 1;
			};
			return commitment.quantity().multiply(BigDecimal.valueOf(days / periodDays));
		}

		DeliveryReport.Commitment describe() {
			return new DeliveryReport.Commitment(agreement.id().value(), agreement.title(), commitment.quantity(),
					commitment.period(), commitment.description());
		}
	}

	/**
	 * Everything done in the period, by counsellor and area, with the partner each
	 * counsellor belongs to.
	 */
	private record Activity(List<ScheduledHours> scheduledHours, Map<WorkedHours.Key, Duration> worked,
			List<InterviewLedger.Held> held, Map<StaffId, PartnerId> memberships, Map<StaffId, String> names) {

		Duration scheduled(PartnerId partner, AreaId area) {
			return scheduledHours.stream()
				.filter(hours -> Objects.equals(hours.partner(), partner)
						&& (area == null || hours.area().equals(area)))
				.map(ScheduledHours::time)
				.reduce(Duration.ZERO, Duration::plus);
		}

		Duration worked(PartnerId partner, AreaId area) {
			return worked.entrySet()
				.stream()
				.filter(entry -> (partner == null || partner.equals(memberships.get(entry.getKey().counsellor())))
						&& (area == null || entry.getKey().area().equals(area)))
				.map(Map.Entry::getValue)
				.reduce(Duration.ZERO, Duration::plus);
		}

		/**
		 * The partner's totals, or the centre's when {@code partner} is null; committed
		 * hours are filled in later.
		 */
		Totals totals(PartnerId partner) {
			Duration scheduledTime = partner == null
					? scheduledHours.stream().map(ScheduledHours::time).reduce(Duration.ZERO, Duration::plus)
					: scheduled(partner, null);
			List<InterviewLedger.Held> interviews = held.stream()
				.filter(interview -> partner == null || partner.equals(interview.partner()))
				.toList();
			return new Totals(BigDecimal.ZERO, hours(scheduledTime), hours(worked(partner, null)), interviews.size(),
					interviews.stream().mapToLong(InterviewLedger.Held::minutes).sum());
		}

		List<CounsellorActivity> counsellors(PartnerId partner) {
			record Key(StaffId counsellor, AreaId area) {
			}
			Map<Key, Duration> scheduled = new LinkedHashMap<>();
			scheduledHours.stream()
				.filter(hours -> partner.equals(hours.partner()))
				.forEach(hours -> scheduled.merge(new Key(hours.counsellor(), hours.area()), hours.time(),
						Duration::plus));
			Map<Key, Duration> workedTime = new LinkedHashMap<>();
			worked.forEach((key, time) -> {
				if (partner.equals(memberships.get(key.counsellor()))) {
					workedTime.merge(new Key(key.counsellor(), key.area()), time, Duration::plus);
				}
			});
			Map<Key, List<InterviewLedger.Held>> interviews = held.stream()
				.filter(interview -> partner.equals(interview.partner()))
				.collect(groupingBy(interview -> new Key(interview.counsellor(), interview.area())));
			java.util.Set<Key> keys = new java.util.LinkedHashSet<>(scheduled.keySet());
			keys.addAll(workedTime.keySet());
			keys.addAll(interviews.keySet());
			return keys.stream().map(key -> {
				List<InterviewLedger.Held> ofKey = interviews.getOrDefault(key, List.of());
				return new CounsellorActivity(key.counsellor(), names.getOrDefault(key.counsellor(), "?"), key.area(),
						hours(scheduled.getOrDefault(key, Duration.ZERO)),
						hours(workedTime.getOrDefault(key, Duration.ZERO)), ofKey.size(),
						ofKey.stream().mapToLong(InterviewLedger.Held::minutes).sum());
			}).sorted(Comparator.comparing(CounsellorActivity::name).thenComparing(a -> a.area().value())).toList();
		}
	}

}
