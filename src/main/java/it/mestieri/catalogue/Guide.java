package it.mestieri.catalogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A guide to starting a business: a summary and its steps in plain text. */
@Entity
@Table(name = "resources_guide")
public class Guide {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String summary;

	private String body;

	private String language;

	private Long areaId;

	private String link;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Guide() {
	}

	Guide(Instant now) {
		this.createdAt = now;
	}

	/** Takes over a checked draft. */
	void apply(Guides.Draft draft, Instant now) {
		this.title = draft.title();
		this.summary = draft.summary();
		this.body = draft.body();
		this.language = draft.language();
		this.areaId = draft.areaId();
		this.link = draft.link();
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public String body() {
		return body;
	}

	public String language() {
		return language;
	}

	public Long areaId() {
		return areaId;
	}

	public String link() {
		return link;
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
