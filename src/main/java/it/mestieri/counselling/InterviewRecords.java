package it.mestieri.counselling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Topic;
import it.mestieri.centre.TopicId;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.identity.StaffRole;
import it.mestieri.partners.Partner;
import it.mestieri.partners.PartnerId;
import it.mestieri.partners.PartnerMember;
import it.mestieri.partners.Partners;
import it.mestieri.reception.DeskWork;
import it.mestieri.reception.Outcome;
import it.mestieri.reception.Reception;
import it.mestieri.reception.ReferralDestination;
import it.mestieri.reception.VisitId;
import it.mestieri.reception.VisitStatus;
import it.mestieri.reception.VisitView;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * Recording an interview when a visit finishes, correcting it, and reading records within
 * the reader's scope: a counsellor their own, a partner coordinator their partner's, the
 * coordinator all.
 */
@Service
@Transactional
class InterviewRecords {

	static final int MAX_CHOICES = 50;
	static final int MAX_PERIOD_DAYS = 366;

	private final InterviewStore store;

	private final Handouts resources;

	private final Reception reception;

	private final DeskWork deskWork;

	private final CentreDirectory centre;

	private final Partners partners;

	private final StaffDirectory staff;

	private final CentreClock clock;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	InterviewRecords(InterviewStore store, Handouts resources, Reception reception, DeskWork deskWork,
			CentreDirectory centre, Partners partners, StaffDirectory staff, CentreClock clock,
			EntityManager entityManager, ApplicationEventPublisher events) {
		this.store = store;
		this.resources = resources;
		this.reception = reception;
		this.deskWork = deskWork;
		this.centre = centre;
		this.partners = partners;
		this.staff = staff;
		this.clock = clock;
		this.entityManager = entityManager;
		this.events = events;
	}

	/**
	 * Finishes the visit in progress at the current counsellor's desk and records its
	 * interview, in one transaction: both happen or neither does.
	 */
	Interview record(VisitId visitId, InterviewAnswers answers) {
		StaffMember me = counsellor();
		VisitView visit = reception.visit(visitId);
		if (visit.status() != VisitStatus.IN_PROGRESS) {
			throw DomainException.conflict("counselling.visit.notInProgress", visit.ticket(),
					DomainException.term("reception.status." + visit.status().name()));
		}
		if (!me.id().equals(visit.counsellor())) {
			throw DomainException.forbidden("counselling.visit.notYours", visit.ticket());
		}
		if (answers.outcome() == null || !Outcome.CHOSEN_AT_FINISH.contains(answers.outcome())) {
			throw DomainException.invalid("counselling.outcome.required");
		}
		Area area = centre.area(visit.area());
		Choices choices = choices(area, answers, answers.outcome(), List.of());
		VisitView finished = finishVisit(visitId, answers);
		Instant end = finished.finishedAt() != null ? finished.finishedAt() : finished.leftAt();
		Instant start = finished.startedAt() != null ? finished.startedAt() : end;
		PartnerId partner = partners.membership(me.id()).map(PartnerMember::partner).orElse(null);
		Instant now = clock.now();
		Interview interview = new Interview(null, visitId, me.id(), partner, finished.site(), finished.area(),
				finished.desk(), start.atZone(clock.zone()).toLocalDate(), start, end,
				Interview.minutesBetween(start, end), answers.outcome(), choices.topics(), choices.resources(),
				answers.referral(), choices.referralPartner(), answers.followUpSuggested(), now, 0);
		InterviewId id;
		try {
			id = store.insert(interview);
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("counselling.visit.alreadyRecorded", finished.ticket());
		}
		Interview saved = store.find(id).orElseThrow();
		store.addChange(id, "RECORDED", me.id(), now, differences(null, saved));
		events.publishEvent(saved.recorded());
		return saved;
	}

	/**
	 * Finishes the visit and writes it at once, so a second finish of the same visit
	 * fails here, not later.
	 */
	private VisitView finishVisit(VisitId visitId, InterviewAnswers answers) {
		VisitView finished = deskWork.finish(visitId, answers.outcome(), answers.referral());
		try {
			entityManager.flush();
		}
		catch (PersistenceException | ConcurrencyFailureException ex) {
			throw DomainException.conflict("counselling.visit.finishedMeanwhile", finished.ticket());
		}
		return finished;
	}

	/**
	 * The author corrects a record within 24 hours of recording it, if it is still at
	 * {@code version}.
	 */
	Interview correct(InterviewId id, long version, InterviewAnswers answers) {
		StaffMember me = staff.requireCurrent();
		Interview current = find(id);
		Instant now = clock.now();
		current.requireCorrectableBy(me.id(), now, clock.zone());
		if (current.version() != version) {
			throw DomainException.conflict("counselling.interview.stale", id.value());
		}
		Choices choices = choices(centre.area(current.area()), answers, current.outcome(), current.resources());
		Interview corrected = new Interview(current.id(), current.visit(), current.counsellor(), current.partner(),
				current.site(), current.area(), current.desk(), current.day(), current.startedAt(),
				current.finishedAt(), current.durationMinutes(), current.outcome(), choices.topics(),
				choices.resources(), answers.referral(), choices.referralPartner(), answers.followUpSuggested(),
				current.recordedAt(), version + 1);
		List<InterviewStore.FieldChange> changes = differences(current, corrected);
		if (changes.isEmpty()) {
			return current;
		}
		boolean saved;
		try {
			saved = store.update(corrected, version);
		}
		catch (ConcurrencyFailureException ex) {
			saved = false;
		}
		if (!saved) {
			throw DomainException.conflict("counselling.interview.stale", id.value());
		}
		store.addChange(id, "CORRECTED", me.id(), now, changes);
		Interview after = store.find(id).orElseThrow();
		events.publishEvent(after.corrected(me.id(), now));
		return after;
	}

	/** A record the current member of staff may read. */
	@Transactional(readOnly = true)
	Interview visible(InterviewId id) {
		Interview interview = find(id);
		StaffMember me = staff.requireCurrent();
		if (me.has(StaffRole.COORDINATOR) || me.id().equals(interview.counsellor())) {
			return interview;
		}
		if (me.has(StaffRole.PARTNER_COORDINATOR) && interview.partner() != null
				&& interview.partner().equals(partnerOf(me))) {
			return interview;
		}
		throw DomainException.forbidden("counselling.interview.notVisible", id.value());
	}

	/** The records of a period the current member of staff may read, newest first. */
	@Transactional(readOnly = true)
	List<Interview> visible(LocalDate from, LocalDate to) {
		LocalDate last = to == null ? clock.today() : to;
		LocalDate first = from == null ? last.minusDays(30) : from;
		if (last.isBefore(first) || first.plusDays(MAX_PERIOD_DAYS).isBefore(last)) {
			throw DomainException.invalid("counselling.period.invalid", MAX_PERIOD_DAYS);
		}
		StaffMember me = staff.requireCurrent();
		if (me.has(StaffRole.COORDINATOR)) {
			return store.all(first, last);
		}
		if (me.has(StaffRole.PARTNER_COORDINATOR)) {
			PartnerId partner = partnerOf(me);
			if (partner == null) {
				throw DomainException.forbidden("counselling.partnerCoordinator.noPartner");
			}
			return store.byPartner(partner, first, last);
		}
		return store.byCounsellor(me.id(), first, last);
	}

	/** The current counsellor's own records of the last days. */
	@Transactional(readOnly = true)
	List<Interview> mine(int days) {
		StaffMember me = counsellor();
		return store.byCounsellor(me.id(), clock.today().minusDays(days), clock.today());
	}

	@Transactional(readOnly = true)
	List<InterviewStore.Change> history(InterviewId id) {
		visible(id);
		return store.history(id);
	}

	private Interview find(InterviewId id) {
		return store.find(id)
			.orElseThrow(() -> DomainException.notFound("counselling.interview.unknown", String.valueOf(id.value())));
	}

	private PartnerId partnerOf(StaffMember member) {
		return partners.membership(member.id()).map(PartnerMember::partner).orElse(null);
	}

	private StaffMember counsellor() {
		StaffMember me = staff.requireCurrent();
		if (!me.has(StaffRole.COUNSELLOR)) {
			throw DomainException.forbidden("counselling.counsellorsOnly");
		}
		return me;
	}

	/**
	 * Topics, resources and referral partner checked against the interview's area and
	 * outcome.
	 */
	private record Choices(List<TopicId> topics, List<HandoutId> resources, PartnerId referralPartner) {
	}

	private Choices choices(Area area, InterviewAnswers answers, Outcome outcome, Collection<HandoutId> kept) {
		if (answers.topics().size() > MAX_CHOICES || answers.resources().size() > MAX_CHOICES) {
			throw DomainException.invalid("counselling.tooManyChoices", MAX_CHOICES);
		}
		if (outcome == Outcome.REFERRED && answers.referral() == null) {
			throw DomainException.invalid("counselling.referral.required");
		}
		if (outcome != Outcome.REFERRED && answers.referral() != null) {
			throw DomainException.invalid("counselling.referral.onlyWhenReferred");
		}
		return new Choices(topics(area, answers.topics()), resources(area, answers.resources(), kept),
				referralPartner(answers));
	}

	private List<TopicId> topics(Area area, List<String> codes) {
		Map<String, Topic> ofArea = centre.topics(area.id())
			.stream()
			.collect(Collectors.toMap(Topic::code, Function.identity()));
		Set<TopicId> chosen = new LinkedHashSet<>();
		for (String given : codes) {
			String code = normal(given);
			Topic topic = ofArea.get(code);
			if (topic == null) {
				boolean elsewhere = centre.topics().stream().anyMatch(other -> other.code().equals(code));
				if (elsewhere) {
					throw DomainException.invalid("counselling.topic.otherArea", shown(given), area.code());
				}
				throw DomainException.invalid("counselling.topic.unknown", shown(given), area.code(),
						String.join(", ", ofArea.keySet().stream().sorted().toList()));
			}
			chosen.add(topic.id());
		}
		return chosen.stream().sorted((a, b) -> Long.compare(a.value(), b.value())).toList();
	}

	private List<HandoutId> resources(Area area, List<String> codes, Collection<HandoutId> kept) {
		Map<String, Handout> all = resources.all()
			.stream()
			.collect(Collectors.toMap(Handout::code, Function.identity()));
		Set<HandoutId> chosen = new LinkedHashSet<>();
		for (String given : codes) {
			Handout resource = all.get(normal(given));
			if (resource == null) {
				throw DomainException.invalid("counselling.resource.unknown", shown(given),
						String.join(", ", resources.offeredIn(area.id()).stream().map(Handout::code).toList()));
			}
			boolean alreadyThere = kept.contains(resource.id());
			if (!resource.active() && !alreadyThere) {
				throw DomainException.invalid("counselling.resource.inactive", resource.code());
			}
			if (!resource.offeredIn(area.id()) && !alreadyThere) {
				throw DomainException.invalid("counselling.resource.otherArea", resource.code(), area.code());
			}
			chosen.add(resource.id());
		}
		return chosen.stream().sorted((a, b) -> Long.compare(a.value(), b.value())).toList();
	}

	private PartnerId referralPartner(InterviewAnswers answers) {
		if (answers.referralPartner() == null) {
			return null;
		}
		if (answers.referral() != ReferralDestination.PARTNER_SERVICE) {
			throw DomainException.invalid("counselling.referralPartner.onlyForPartnerService");
		}
		return partners.activeOn(clock.today())
			.stream()
			.map(Partner::id)
			.filter(id -> id.value() == answers.referralPartner())
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("counselling.referralPartner.unknown",
					String.valueOf(answers.referralPartner())));
	}

	/**
	 * Field by field, what differs between two versions of a record (everything, for a
	 * new one).
	 */
	private List<InterviewStore.FieldChange> differences(Interview before, Interview after) {
		List<InterviewStore.FieldChange> changes = new ArrayList<>();
		compare(changes, "outcome", before == null ? null : text(before.outcome()), text(after.outcome()));
		compare(changes, "topics", before == null ? null : topicCodes(before.topics()), topicCodes(after.topics()));
		compare(changes, "resources", before == null ? null : resourceCodes(before.resources()),
				resourceCodes(after.resources()));
		compare(changes, "referral", before == null ? null : text(before.referral()), text(after.referral()));
		compare(changes, "referralPartner", before == null ? null : partnerText(before.referralPartner()),
				partnerText(after.referralPartner()));
		compare(changes, "followUpSuggested", before == null ? null : String.valueOf(before.followUpSuggested()),
				String.valueOf(after.followUpSuggested()));
		return changes;
	}

	private static void compare(List<InterviewStore.FieldChange> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new InterviewStore.FieldChange(field, before, after));
		}
	}

	private String topicCodes(List<TopicId> ids) {
		Map<TopicId, String> codes = centre.topics().stream().collect(Collectors.toMap(Topic::id, Topic::code));
		return ids.isEmpty() ? ""
				: String.join(", ", ids.stream().map(id -> codes.getOrDefault(id, "#" + id.value())).toList());
	}

	private String resourceCodes(List<HandoutId> ids) {
		Map<HandoutId, String> codes = resources.all().stream().collect(Collectors.toMap(Handout::id, Handout::code));
		return ids.isEmpty() ? ""
				: String.join(", ", ids.stream().map(id -> codes.getOrDefault(id, "#" + id.value())).toList());
	}

	private static String partnerText(PartnerId partner) {
		return partner == null ? null : String.valueOf(partner.value());
	}

	private static String text(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String normal(String code) {
		return code == null ? "" : code.trim().toUpperCase();
	}

	/** A value as the caller sent it, cut short for a message. */
	private static String shown(String value) {
		String text = value == null ? "" : value;
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

}
