package it.mestieri.reception;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.centre.Municipio;
import it.mestieri.centre.Site;
import it.mestieri.centre.SiteId;
import it.mestieri.centre.Topic;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffMember;
import it.mestieri.identity.StaffRole;
import it.mestieri.reception.ReceptionEvents.VisitorCheckedIn;
import it.mestieri.shared.AgeBand;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.CitizenshipGroup;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.EducationLevel;
import it.mestieri.shared.Gender;
import it.mestieri.shared.OccupationalStatus;
import it.mestieri.shared.Residence;

/** Checking visitors in, and what the queues look like now. */
@Service
@Transactional
public class Reception {

	/** A visitor card is a random code the visitor carries, such as {@code K7QF-29XM}. */
	static final Pattern VISITOR_CARD = Pattern.compile("[A-Z0-9]{4}-?[A-Z0-9]{4}");

	private final Visits visits;

	private final TicketCounter tickets;

	private final Queues queues;

	private final DeskHolders holders;

	private final CentreDirectory centre;

	private final StaffDirectory staff;

	private final CentreClock clock;

	private final ReceptionProperties properties;

	private final ApplicationEventPublisher events;

	Reception(Visits visits, TicketCounter tickets, Queues queues, DeskHolders holders, CentreDirectory centre,
			StaffDirectory staff, CentreClock clock, ReceptionProperties properties, ApplicationEventPublisher events) {
		this.visits = visits;
		this.tickets = tickets;
		this.queues = queues;
		this.holders = holders;
		this.centre = centre;
		this.staff = staff;
		this.clock = clock;
		this.properties = properties;
		this.events = events;
	}

	/** Records the visit, numbers its ticket and places it in its area's queue. */
	public VisitView checkIn(CheckIn checkIn, Channel channel) {
		Site site = site(checkIn.site());
		Area area = centre.requireArea(checkIn.area());
		if (channel == Channel.KIOSK && !area.walkIn()) {
			throw DomainException.invalid("reception.area.notWalkIn", area.code());
		}
		Instant now = clock.now();
		LocalDate today = clock.today();
		Visit.Profile profile = profile(checkIn, area, today);
		Instant queueKey = checkIn.priority() ? now.minus(properties.priorityAdvance()) : now;
		// Everything the answer needs is read before the ticket is numbered: from there
		// the area's
		// counter row stays locked until the commit, and every check-in in the area waits
		// for it.
		int ahead = queues.waitingAhead(site.id().value(), area.id().value(), queueKey);
		int desks = desksOpenByArea(site).getOrDefault(area.id().value(), 0);
		Duration service = queues.meanServiceTime(area.id().value());
		int number = tickets.next(site.id().value(), area.id().value(), today);
		String ticket = "%s-%03d".formatted(area.ticketLetter(), number);
		Visit visit = visits.save(new Visit(site.id().value(), area.id().value(), today, number, ticket, channel,
				checkIn.priority(), queueKey, now, profile));
		events.publishEvent(new VisitorCheckedIn(visit.id(), site.id(), area.id(), ticket, channel, checkIn.priority(),
				profile.topicId() == null ? null : new it.mestieri.centre.TopicId(profile.topicId()),
				profile.firstVisit(), profile.visitorCard() != null, profile.gender(), profile.ageBand(),
				profile.occupationalStatus(), profile.educationLevel(), profile.citizenshipGroup(), profile.residence(),
				profile.municipioId() == null ? null : new it.mestieri.centre.MunicipioId(profile.municipioId()), now));
		WaitEstimate.OnTheClock wait = new WaitEstimate(ahead, desks, service).at(site, localNow());
		return VisitView.of(visit, ahead + 1, wait.minutes(), wait.afterClosing());
	}

	@Transactional(readOnly = true)
	public VisitView visit(VisitId id) {
		Visit visit = find(id);
		return visit.status() == VisitStatus.WAITING ? waitingView(visit) : VisitView.of(visit);
	}

	/** A waiting visitor went away: reception closes the ticket. */
	public VisitView leave(VisitId id) {
		Visit visit = find(id);
		visit.leave(clock.now());
		return VisitView.of(visits.save(visit));
	}

	/**
	 * Moves a visit to another area's queue. Reception may move any open visit; a
	 * counsellor only the one at the desk they hold.
	 */
	public VisitView transfer(VisitId id, String areaCode) {
		Visit visit = find(id);
		Area to = centre.requireArea(areaCode);
		StaffMember actor = staff.requireCurrent();
		if (!actor.has(StaffRole.RECEPTION) && !actor.has(StaffRole.COORDINATOR)) {
			DeskWork.requireHeldBy(visit, actor, holders);
		}
		visit.transfer(to.id().value(), clock.now());
		visits.saveAndFlush(visit);
		return waitingView(visit);
	}

	/** The queues of every walk-in area at a site (or at the only site). */
	@Transactional(readOnly = true)
	public List<QueueSummary> queues(SiteId siteId) {
		Site site = site(siteId);
		Map<Long, Integer> waiting = queues.waitingByArea(site.id().value());
		Map<Long, Integer> open = desksOpenByArea(site);
		List<QueueSummary> summaries = new ArrayList<>();
		for (Area area : centre.areas()) {
			int inQueue = waiting.getOrDefault(area.id().value(), 0);
			if (!area.walkIn() && inQueue == 0) {
				continue;
			}
			int desks = open.getOrDefault(area.id().value(), 0);
			Duration service = queues.meanServiceTime(area.id().value());
			WaitEstimate.OnTheClock wait = new WaitEstimate(inQueue, desks, service).at(site, localNow());
			summaries.add(new QueueSummary(site, area, inQueue, desks, (int) Math.ceil(service.toSeconds() / 60.0),
					wait.minutes(), wait.afterClosing(), queues.nextTickets(site.id().value(), area.id().value(), 3)));
		}
		return summaries;
	}

	/** The visitors waiting at a site, in calling order within each area. */
	@Transactional(readOnly = true)
	public List<VisitView> waiting(SiteId siteId) {
		Site site = site(siteId);
		return visits.findBySiteIdAndStatusOrderByQueueKeyAscIdAsc(site.id().value(), VisitStatus.WAITING)
			.stream()
			.map(visit -> VisitView.of(visit))
			.toList();
	}

	/** The latest calls at a site, newest first. */
	@Transactional(readOnly = true)
	public List<BoardCall> board(SiteId siteId) {
		Site site = site(siteId);
		Map<Long, Area> areas = new java.util.HashMap<>();
		centre.areas().forEach(area -> areas.put(area.id().value(), area));
		Map<Long, String> desks = new java.util.HashMap<>();
		centre.desks(site.id()).forEach(desk -> desks.put(desk.id().value(), desk.name()));
		return queues.recentCalls(site.id().value(), properties.boardSize()).stream().map(call -> {
			Area area = areas.get(call.areaId());
			return new BoardCall(call.visitId(), call.ticket(), area == null ? "" : area.code(),
					area == null ? "#000000" : area.colour(), desks.getOrDefault(call.deskId(), ""), call.calledAt(),
					call.callCount());
		}).toList();
	}

	/** The site named, or the centre's only site. */
	public Site site(SiteId siteId) {
		if (siteId != null) {
			return centre.findSite(siteId)
				.orElseThrow(() -> DomainException.invalid("centre.site.unknown", String.valueOf(siteId.value())));
		}
		return centre.onlySite().orElseThrow(() -> DomainException.invalid("reception.site.required"));
	}

	VisitView waitingView(Visit visit) {
		if (visit.status() != VisitStatus.WAITING) {
			return VisitView.of(visit);
		}
		Site site = centre.site(new SiteId(visit.siteId()));
		int desks = desksOpenByArea(site).getOrDefault(visit.areaId(), 0);
		Duration service = queues.meanServiceTime(visit.areaId());
		return waitingView(visit, site, desks, service);
	}

	/**
	 * A waiting visit with its place in the queue, given its site, the desks open and the
	 * mean service time.
	 */
	private VisitView waitingView(Visit visit, Site site, int desks, Duration service) {
		visits.flush();
		int position = queues.position(visit.siteId(), visit.areaId(), visit.queueKey(), visit.id().value());
		WaitEstimate.OnTheClock wait = new WaitEstimate(position - 1, desks, service).at(site, localNow());
		return VisitView.of(visit, position, wait.minutes(), wait.afterClosing());
	}

	private java.time.LocalDateTime localNow() {
		return clock.localNow().toLocalDateTime();
	}

	Visit find(VisitId id) {
		return visits.findById(id.value())
			.orElseThrow(() -> DomainException.notFound("reception.visit.unknown", String.valueOf(id.value())));
	}

	private Map<Long, Integer> desksOpenByArea(Site site) {
		Map<Long, Integer> open = new java.util.HashMap<>();
		Map<Long, DeskHolders.Holding> held = holders.all();
		for (Desk desk : centre.desks(site.id())) {
			if (held.containsKey(desk.id().value())) {
				open.merge(desk.area().value(), 1, Integer::sum);
			}
		}
		return open;
	}

	private Visit.Profile profile(CheckIn checkIn, Area area, LocalDate today) {
		Long topicId = null;
		if (checkIn.topic() != null && !checkIn.topic().isBlank()) {
			topicId = centre.topics(area.id())
				.stream()
				.filter(topic -> topic.code().equalsIgnoreCase(checkIn.topic().trim()))
				.map(Topic::id)
				.findFirst()
				.orElseThrow(() -> DomainException.invalid("reception.topic.unknown", checkIn.topic(), area.code()))
				.value();
		}
		Residence residence = orNotStated(checkIn.residence(), Residence.NOT_STATED);
		Long municipioId = null;
		if (checkIn.municipio() != null && !checkIn.municipio().isBlank()) {
			String code = checkIn.municipio().trim().toUpperCase();
			municipioId = centre.municipiOn(today)
				.stream()
				.filter(municipio -> municipio.code().equals(code))
				.map(Municipio::id)
				.findFirst()
				.orElseThrow(() -> DomainException.invalid("reception.municipio.unknown", checkIn.municipio()))
				.value();
			if (residence == Residence.NOT_STATED) {
				residence = Residence.MUNICIPIO;
			}
			else if (residence != Residence.MUNICIPIO) {
				throw DomainException.invalid("reception.municipio.onlyForMunicipio");
			}
		}
		String card = null;
		if (checkIn.visitorCard() != null && !checkIn.visitorCard().isBlank()) {
			card = checkIn.visitorCard().trim().toUpperCase();
			if (!VISITOR_CARD.matcher(card).matches()) {
				throw DomainException.invalid("reception.visitorCard.invalid");
			}
			card = card.replace("-", "");
		}
		Boolean firstVisit = checkIn.firstVisit();
		if (card != null && firstVisit == null) {
			firstVisit = !visitorCardSeenBefore(card);
		}
		return new Visit.Profile(topicId, firstVisit, card, orNotStated(checkIn.gender(), Gender.NOT_STATED),
				orNotStated(checkIn.ageBand(), AgeBand.NOT_STATED),
				orNotStated(checkIn.occupationalStatus(), OccupationalStatus.NOT_STATED),
				orNotStated(checkIn.educationLevel(), EducationLevel.NOT_STATED),
				orNotStated(checkIn.citizenshipGroup(), CitizenshipGroup.NOT_STATED), residence, municipioId);
	}

	private boolean visitorCardSeenBefore(String card) {
		return visits.existsByVisitorCard(card);
	}

	private static <T> T orNotStated(T value, T notStated) {
		return value == null ? notStated : value;
	}

}
