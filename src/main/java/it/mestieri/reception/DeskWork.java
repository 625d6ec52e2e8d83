package it.mestieri.reception;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.identity.StaffRole;
import it.mestieri.reception.ReceptionEvents.DeskReleased;
import it.mestieri.reception.ReceptionEvents.DeskTaken;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * A counsellor's work at a desk: taking it, calling the next ticket, serving, releasing.
 */
@Service
@Transactional
public class DeskWork {

	private static final Set<VisitStatus> AT_DESK = EnumSet.of(VisitStatus.CALLED, VisitStatus.IN_PROGRESS);

	private static final int CLAIM_BATCH = 5;

	private final Visits visits;

	private final Queues queues;

	private final DeskHolders holders;

	private final CentreDirectory centre;

	private final StaffDirectory staff;

	private final CentreClock clock;

	private final ApplicationEventPublisher events;

	DeskWork(Visits visits, Queues queues, DeskHolders holders, CentreDirectory centre, StaffDirectory staff,
			CentreClock clock, ApplicationEventPublisher events) {
		this.visits = visits;
		this.queues = queues;
		this.holders = holders;
		this.centre = centre;
		this.staff = staff;
		this.clock = clock;
		this.events = events;
	}

	/** Every desk, optionally of one site, with who holds it and the visit at it. */
	@Transactional(readOnly = true)
	public List<DeskView> desks(SiteId site) {
		Map<Long, DeskHolders.Holding> held = holders.all();
		List<Desk> desks = site == null ? centre.desks() : centre.desks(site);
		Map<Long, Area> areas = new java.util.HashMap<>();
		centre.areas().forEach(area -> areas.put(area.id().value(), area));
		Map<Long, VisitView> atDesks = new java.util.HashMap<>();
		visits.findByStatusIn(AT_DESK).forEach(visit -> atDesks.put(visit.deskId(), VisitView.of(visit)));
		Map<Long, StaffMember> holdersById = new java.util.HashMap<>();
		if (!held.isEmpty()) {
			staff.all().forEach(member -> holdersById.put(member.id().value(), member));
		}
		return desks.stream().map(desk -> {
			DeskHolders.Holding holding = held.get(desk.id().value());
			return new DeskView(desk, areas.get(desk.area().value()),
					holding == null ? null : holdersById.get(holding.staffId()),
					holding == null ? null : holding.takenAt(), atDesks.get(desk.id().value()));
		}).toList();
	}

	@Transactional(readOnly = true)
	public DeskView desk(DeskId id) {
		Desk desk = centre.desk(id);
		return view(desk, centre.area(desk.area()), holders.ofDesk(id.value()).orElse(null));
	}

	/** The desk the current counsellor holds, if any. */
	@Transactional(readOnly = true)
	public Optional<DeskView> myDesk() {
		StaffMember me = staff.requireCurrent();
		return holders.ofStaff(me.id().value()).map(holding -> desk(new DeskId(holding.deskId())));
	}

	public DeskView take(DeskId id) {
		Desk desk = centre.desk(id);
		StaffMember me = requireCounsellor();
		Optional<DeskHolders.Holding> current = holders.ofDesk(id.value());
		if (current.isPresent()) {
			if (current.get().staffId() == me.id().value()) {
				return desk(id);
			}
			String holder = staff.find(new StaffId(current.get().staffId())).map(StaffMember::displayName).orElse("?");
			throw DomainException.conflict("reception.desk.taken", desk.name(), holder);
		}
		Optional<DeskHolders.Holding> mine = holders.ofStaff(me.id().value());
		if (mine.isPresent()) {
			throw DomainException.conflict("reception.desk.alreadyHolding",
					centre.desk(new DeskId(mine.get().deskId())).name());
		}
		Instant now = clock.now();
		holders.take(id.value(), me.id().value(), now);
		events.publishEvent(new DeskTaken(id, me.id(), now));
		return desk(id);
	}

	public DeskView release(DeskId id) {
		Desk desk = centre.desk(id);
		StaffMember me = requireCounsellor();
		DeskHolders.Holding holding = holders.lock(id.value(), me.id().value())
			.orElseThrow(() -> DomainException.forbidden("reception.desk.notHeld", desk.name()));
		if (visits.findFirstByDeskIdAndStatusIn(id.value(), AT_DESK).isPresent()) {
			throw DomainException.conflict("reception.desk.busy", desk.name());
		}
		Instant now = clock.now();
		holders.release(holding, now);
		events.publishEvent(new DeskReleased(id, me.id(), holding.takenAt(), now));
		return desk(id);
	}

	/**
	 * Calls the first ticket of the desk's queue, or returns empty when nobody waits.
	 * Each candidate is locked while still waiting before the visit calls it, so two
	 * desks calling at the same moment never get the same ticket; the desk's own row is
	 * locked so a double click cannot call two.
	 */
	public Optional<VisitView> callNext(DeskId id) {
		Desk desk = centre.desk(id);
		StaffMember me = requireCounsellor();
		holders.lock(id.value(), me.id().value())
			.orElseThrow(() -> DomainException.forbidden("reception.desk.notHeld", desk.name()));
		visits.findFirstByDeskIdAndStatusIn(id.value(), AT_DESK).ifPresent(visit -> {
			throw DomainException.conflict("reception.desk.finishCurrent", visit.ticket());
		});
		while (true) {
			List<Long> candidates = queues.head(desk.site().value(), desk.area().value(), CLAIM_BATCH);
			if (candidates.isEmpty()) {
				return Optional.empty();
			}
			for (Long candidate : candidates) {
				Optional<Visit> waiting = visits.lockIfWaiting(candidate);
				if (waiting.isPresent()) {
					Visit visit = waiting.get();
					visit.call(id.value(), me.id().value(), clock.now());
					return Optional.of(VisitView.of(visits.save(visit)));
				}
			}
		}
	}

	public VisitView recall(VisitId id) {
		Visit visit = mine(id);
		visit.recall(clock.now());
		return VisitView.of(visits.save(visit));
	}

	public VisitView start(VisitId id) {
		Visit visit = mine(id);
		visit.start(clock.now());
		return VisitView.of(visits.save(visit));
	}

	public VisitView finish(VisitId id, Outcome outcome, ReferralDestination referral) {
		Visit visit = mine(id);
		visit.finish(outcome, referral, clock.now());
		return VisitView.of(visits.save(visit));
	}

	public VisitView noShow(VisitId id) {
		Visit visit = mine(id);
		visit.noShow(clock.now());
		return VisitView.of(visits.save(visit));
	}

	/** A visit at a desk the current counsellor holds. */
	private Visit mine(VisitId id) {
		Visit visit = visits.findById(id.value())
			.orElseThrow(() -> DomainException.notFound("reception.visit.unknown", String.valueOf(id.value())));
		requireHeldBy(visit, requireCounsellor(), holders);
		return visit;
	}

	static void requireHeldBy(Visit visit, StaffMember actor, DeskHolders holders) {
		if (visit.deskId() == null) {
			throw DomainException.conflict("reception.visit.illegalTransition", visit.ticket(),
					DomainException.term("reception.status." + visit.status().name()),
					DomainException.term("reception.action.atDesk"));
		}
		boolean holdsDesk = holders.ofDesk(visit.deskId()).map(h -> h.staffId() == actor.id().value()).orElse(false);
		if (!holdsDesk) {
			throw DomainException.forbidden("reception.visit.notYourDesk", visit.ticket());
		}
	}

	private StaffMember requireCounsellor() {
		StaffMember me = staff.requireCurrent();
		if (!me.has(StaffRole.COUNSELLOR)) {
			throw DomainException.forbidden("reception.desk.counsellorsOnly");
		}
		return me;
	}

	private DeskView view(Desk desk, Area area, DeskHolders.Holding holding) {
		StaffMember holder = holding == null ? null : staff.find(new StaffId(holding.staffId())).orElse(null);
		VisitView current = visits.findFirstByDeskIdAndStatusIn(desk.id().value(), AT_DESK)
			.map(visit -> VisitView.of(visit))
			.orElse(null);
		return new DeskView(desk, area, holder, holding == null ? null : holding.takenAt(), current);
	}

}
