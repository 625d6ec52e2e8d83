package it.mestieri.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;
import it.mestieri.reception.ReceptionEvents.TicketCalled;
import it.mestieri.reception.ReceptionEvents.VisitFinished;
import it.mestieri.reception.ReceptionEvents.VisitLeft;
import it.mestieri.reception.ReceptionEvents.VisitNotServed;
import it.mestieri.reception.ReceptionEvents.VisitStarted;
import it.mestieri.reception.ReceptionEvents.VisitTransferred;
import it.mestieri.shared.AgeBand;
import it.mestieri.shared.CitizenshipGroup;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.EducationLevel;
import it.mestieri.shared.Gender;
import it.mestieri.shared.OccupationalStatus;
import it.mestieri.shared.Residence;

/**
 * A walk-in visit: anonymous by design (profile bands only, and at most a pseudonymous
 * visitor card). It guards its own transitions and refuses an illegal move.
 */
@Entity
@Table(name = "reception_visit")
class Visit extends AbstractAggregateRoot<Visit> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long siteId;

	private long areaId;

	private long ticketAreaId;

	@jakarta.persistence.Column(name = "visit_day")
	private LocalDate day;

	private int ticketNumber;

	private String ticket;

	@Enumerated(EnumType.STRING)
	private VisitStatus status;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private boolean priority;

	private Instant queueKey;

	private Long topicId;

	private Boolean firstVisit;

	private String visitorCard;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	@Enumerated(EnumType.STRING)
	private AgeBand ageBand;

	@Enumerated(EnumType.STRING)
	private OccupationalStatus occupationalStatus;

	@Enumerated(EnumType.STRING)
	private EducationLevel educationLevel;

	@Enumerated(EnumType.STRING)
	private CitizenshipGroup citizenshipGroup;

	@Enumerated(EnumType.STRING)
	private Residence residence;

	private Long residenceMunicipioId;

	private Long deskId;

	private Long counsellorId;

	private int callCount;

	private Instant checkedInAt;

	private Instant calledAt;

	private Instant startedAt;

	private Instant finishedAt;

	private Instant leftAt;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Enumerated(EnumType.STRING)
	private ReferralDestination referral;

	private Long transferredFromAreaId;

	@Version
	private long version;

	protected Visit() {
	}

	Visit(long siteId, long areaId, LocalDate day, int ticketNumber, String ticket, Channel channel, boolean priority,
			Instant queueKey, Instant checkedInAt, Profile profile) {
		this.siteId = siteId;
		this.areaId = areaId;
		this.ticketAreaId = areaId;
		this.day = day;
		this.ticketNumber = ticketNumber;
		this.ticket = ticket;
		this.channel = channel;
		this.priority = priority;
		this.queueKey = queueKey;
		this.checkedInAt = checkedInAt;
		this.status = VisitStatus.WAITING;
		this.topicId = profile.topicId();
		this.firstVisit = profile.firstVisit();
		this.visitorCard = profile.visitorCard();
		this.gender = profile.gender();
		this.ageBand = profile.ageBand();
		this.occupationalStatus = profile.occupationalStatus();
		this.educationLevel = profile.educationLevel();
		this.citizenshipGroup = profile.citizenshipGroup();
		this.residence = profile.residence();
		this.residenceMunicipioId = profile.municipioId();
	}

	/** The optional, anonymous description of a visitor given at check-in. */
	record Profile(Long topicId, Boolean firstVisit, String visitorCard, Gender gender, AgeBand ageBand,
			OccupationalStatus occupationalStatus, EducationLevel educationLevel, CitizenshipGroup citizenshipGroup,
			Residence residence, Long municipioId) {
	}

	/**
	 * A counsellor calls this ticket to their desk. Two desks calling at once both see it
	 * waiting only if neither locked it first ({@code Visits.lockIfWaiting}); the version
	 * check stops the second write if they did.
	 */
	void call(long toDeskId, long byCounsellorId, Instant at) {
		require(EnumSet.of(VisitStatus.WAITING), "call");
		status = VisitStatus.CALLED;
		deskId = toDeskId;
		counsellorId = byCounsellorId;
		calledAt = at;
		callCount++;
		registerEvent(ticketCalled(at));
	}

	void recall(Instant at) {
		require(EnumSet.of(VisitStatus.CALLED), "recall");
		callCount++;
		registerEvent(ticketCalled(at));
	}

	private TicketCalled ticketCalled(Instant at) {
		return new TicketCalled(id(), new SiteId(siteId), new AreaId(areaId), ticket, new DeskId(deskId),
				new StaffId(counsellorId), callCount, at);
	}

	void start(Instant at) {
		require(EnumSet.of(VisitStatus.CALLED), "start");
		status = VisitStatus.IN_PROGRESS;
		startedAt = at;
		registerEvent(VisitStarted.of(this));
	}

	void finish(Outcome chosen, ReferralDestination destination, Instant at) {
		require(EnumSet.of(VisitStatus.CALLED, VisitStatus.IN_PROGRESS), "finish");
		if (chosen == null || !Outcome.CHOSEN_AT_FINISH.contains(chosen)) {
			throw DomainException.invalid("reception.finish.outcomeRequired");
		}
		if (chosen == Outcome.REFERRED && destination == null) {
			throw DomainException.invalid("reception.finish.referralRequired");
		}
		outcome = chosen;
		referral = chosen == Outcome.REFERRED ? destination : null;
		if (chosen == Outcome.LEFT_BEFORE_SERVED) {
			status = VisitStatus.LEFT;
			leftAt = at;
			registerEvent(VisitLeft.of(this));
			return;
		}
		if (startedAt == null) {
			startedAt = calledAt;
		}
		status = VisitStatus.FINISHED;
		finishedAt = at;
		registerEvent(new VisitFinished(id(), new SiteId(siteId), new AreaId(areaId), new DeskId(deskId),
				new StaffId(counsellorId), outcome, referral, checkedInAt, calledAt, startedAt, finishedAt));
	}

	void noShow(Instant at) {
		require(EnumSet.of(VisitStatus.CALLED), "noShow");
		status = VisitStatus.LEFT;
		outcome = Outcome.NO_SHOW;
		leftAt = at;
		registerEvent(VisitLeft.of(this));
	}

	/** A waiting visitor went away before being called. */
	void leave(Instant at) {
		require(EnumSet.of(VisitStatus.WAITING), "leave");
		status = VisitStatus.LEFT;
		outcome = Outcome.LEFT_BEFORE_SERVED;
		leftAt = at;
		registerEvent(VisitLeft.of(this));
	}

	/**
	 * Back into the queue of another area, keeping the ticket and the place earned by the
	 * wait so far.
	 */
	void transfer(long toAreaId, Instant at) {
		require(EnumSet.of(VisitStatus.WAITING, VisitStatus.CALLED, VisitStatus.IN_PROGRESS), "transfer");
		if (toAreaId == areaId) {
			throw DomainException.invalid("reception.transfer.sameArea");
		}
		transferredFromAreaId = areaId;
		areaId = toAreaId;
		status = VisitStatus.WAITING;
		deskId = null;
		counsellorId = null;
		calledAt = null;
		startedAt = null;
		registerEvent(new VisitTransferred(id(), new SiteId(siteId), new AreaId(transferredFromAreaId),
				new AreaId(toAreaId), checkedInAt, at));
	}

	/**
	 * End of day: a ticket still queued is closed as not served; an interview left open
	 * is closed unrecorded.
	 */
	VisitStatus closeAtEndOfDay(Instant at) {
		VisitStatus previous = status;
		require(EnumSet.of(VisitStatus.WAITING, VisitStatus.CALLED, VisitStatus.IN_PROGRESS), "closeDay");
		if (status == VisitStatus.IN_PROGRESS) {
			status = VisitStatus.FINISHED;
			outcome = Outcome.NOT_RECORDED;
			finishedAt = at;
		}
		else {
			status = VisitStatus.NOT_SERVED;
			leftAt = at;
		}
		registerEvent(new VisitNotServed(id(), new SiteId(siteId), new AreaId(areaId), previous, checkedInAt, at));
		return previous;
	}

	private void require(Set<VisitStatus> allowed, String action) {
		if (!allowed.contains(status)) {
			throw DomainException.conflict("reception.visit.illegalTransition", ticket,
					DomainException.term("reception.status." + status.name()),
					DomainException.term("reception.action." + action));
		}
	}

	VisitId id() {
		return new VisitId(id);
	}

	long siteId() {
		return siteId;
	}

	long areaId() {
		return areaId;
	}

	LocalDate day() {
		return day;
	}

	String ticket() {
		return ticket;
	}

	VisitStatus status() {
		return status;
	}

	Channel channel() {
		return channel;
	}

	boolean priority() {
		return priority;
	}

	Instant queueKey() {
		return queueKey;
	}

	Profile profile() {
		return new Profile(topicId, firstVisit, visitorCard, gender, ageBand, occupationalStatus, educationLevel,
				citizenshipGroup, residence, residenceMunicipioId);
	}

	Long deskId() {
		return deskId;
	}

	Long counsellorId() {
		return counsellorId;
	}

	int callCount() {
		return callCount;
	}

	Instant checkedInAt() {
		return checkedInAt;
	}

	Instant calledAt() {
		return calledAt;
	}

	Instant startedAt() {
		return startedAt;
	}

	Instant finishedAt() {
		return finishedAt;
	}

	Instant leftAt() {
		return leftAt;
	}

	Outcome outcome() {
		return outcome;
	}

	ReferralDestination referral() {
		return referral;
	}

	Long transferredFromAreaId() {
		return transferredFromAreaId;
	}

}
