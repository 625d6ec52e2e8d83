package it.mestieri.catalogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A guide to starting a business: a summary and its steps in plain text. */
@Entity
@Table(name = "resources_guide")
public class Guide extends CatalogueItem<Guides.Draft> {

	private String summary;

	private String body;

	private Long areaId;

	private String link;

	protected Guide() {
	}

	Guide(Instant now) {
		super(now);
	}

	@Override
	void apply(Guides.Draft draft, Instant now) {
		this.summary = draft.summary();
		this.body = draft.body();
		this.areaId = draft.areaId();
		this.link = draft.link();
		edited(draft.title(), draft.language(), now);
	}

	public String summary() {
		return summary;
	}

	public String body() {
		return body;
	}

	public Long areaId() {
		return areaId;
	}

	public String link() {
		return link;
	}

}
