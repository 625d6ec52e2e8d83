package it.mestieri.shared;

import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every record people edit through a form or the API carries: an id the database
 * gives, when it was made and last changed, and the version a change must have read (a
 * stale one is refused with a 409, so two editors never overwrite each other unseen).
 */
@MappedSuperclass
public abstract class EditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected EditedEntity() {
	}

	protected EditedEntity(Instant now) {
		this.createdAt = now;
	}

	/** Marks a change made now. */
	protected void edited(Instant now) {
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version;
	}

}
