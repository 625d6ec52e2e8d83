package it.mestieri.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A training course a partner (or another provider) runs; its target occupations are ESCO
 * URIs.
 */
@Entity
@Table(name = "resources_course")
public class Course extends CatalogueItem<Courses.Draft> {

	private Long providerPartnerId;

	private String providerName;

	private String description;

	private Long areaId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String place;

	private Long costCents;

	private String funding;

	private String entryRequirements;

	private String credential;

	private String url;

	private String externalId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "resources_course_occupation", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "occupation_uri")
	private Set<String> occupationUris = new LinkedHashSet<>();

	protected Course() {
	}

	Course(Instant now) {
		super(now);
	}

	@Override
	void apply(Courses.Draft draft, Instant now) {
		this.providerPartnerId = draft.providerPartnerId();
		this.providerName = draft.providerName();
		this.description = draft.description();
		this.areaId = draft.areaId();
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		this.place = draft.place();
		this.costCents = draft.costCents();
		this.funding = draft.funding();
		this.entryRequirements = draft.entryRequirements();
		this.credential = draft.credential();
		this.url = draft.url();
		this.occupationUris.clear();
		this.occupationUris.addAll(draft.occupationUris());
		edited(draft.title(), draft.language(), now);
	}

	void externalId(String externalId) {
		this.externalId = externalId;
	}

	public String externalId() {
		return externalId;
	}

	public String credential() {
		return credential;
	}

	public Long providerPartnerId() {
		return providerPartnerId;
	}

	public String providerName() {
		return providerName;
	}

	public String description() {
		return description;
	}

	public Long areaId() {
		return areaId;
	}

	public LocalDate startsOn() {
		return startsOn;
	}

	public LocalDate endsOn() {
		return endsOn;
	}

	public String place() {
		return place;
	}

	public Long costCents() {
		return costCents;
	}

	public String funding() {
		return funding;
	}

	public String entryRequirements() {
		return entryRequirements;
	}

	public String url() {
		return url;
	}

	public Set<String> occupationUris() {
		return occupationUris;
	}

}
