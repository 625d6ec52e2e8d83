package it.mestieri.calendar;

import it.mestieri.shared.EditedEntity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** An event of the calendar; its area and organising partner are ids of other modules. */
@Entity
@Table(name = "events_event")
class Event extends EditedEntity {

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	private String title;

	private String description;

	private Instant startsAt;

	private Instant endsAt;

	private String place;

	private Long areaId;

	private Long organiserPartnerId;

	private Integer capacity;

	private boolean registrationRequired;

	private boolean cancelled;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "events_event_occupation", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "occupation_uri")
	private Set<String> occupationUris = new LinkedHashSet<>();

	protected Event() {
	}

	Event(Instant now) {
		super(now);
	}

	/** Takes over a checked draft. */
	void apply(Events.Draft draft, Instant now) {
		this.kind = draft.kind();
		this.title = draft.title();
		this.description = draft.description();
		this.startsAt = draft.startsAt();
		this.endsAt = draft.endsAt();
		this.place = draft.place();
		this.areaId = draft.areaId();
		this.organiserPartnerId = draft.organiserPartnerId();
		this.capacity = draft.capacity();
		this.registrationRequired = draft.registrationRequired();
		this.cancelled = draft.cancelled();
		this.occupationUris.clear();
		this.occupationUris.addAll(draft.occupationUris());
		edited(now);
	}

	void cancel(Instant now) {
		this.cancelled = true;
		edited(now);
	}

	/** Ended at or before {@code now}. */
	public boolean over(Instant now) {
		return !endsAt.isAfter(now);
	}

	public EventKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public String place() {
		return place;
	}

	public Long areaId() {
		return areaId;
	}

	public Long organiserPartnerId() {
		return organiserPartnerId;
	}

	public Integer capacity() {
		return capacity;
	}

	public boolean registrationRequired() {
		return registrationRequired;
	}

	public boolean cancelled() {
		return cancelled;
	}

	public Set<String> occupationUris() {
		return occupationUris;
	}

}
