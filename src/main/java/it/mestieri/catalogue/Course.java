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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A training course a partner (or another provider) runs; its target occupations are ESCO
 * URIs.
 */
@Entity
@Table(name = "resources_course")
public class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long providerPartnerId;

	private String providerName;

	private String title;

	private String description;

	private Long areaId;

	private String language;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String place;

	private Long costCents;

	private String funding;

	private String entryRequirements;

	private String credential;

	private String url;

	private String externalId;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "resources_course_occupation", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "occupation_uri")
	private Set<String> occupationUris = new LinkedHashSet<>();

	protected Course() {
	}

	Course(Instant now) {
		this.createdAt = now;
	}

	/** Takes over a checked draft. */
	void apply(Courses.Draft draft, Instant now) {
		this.providerPartnerId = draft.providerPartnerId();
		this.providerName = draft.providerName();
		this.title = draft.title();
		this.description = draft.description();
		this.areaId = draft.areaId();
		this.language = draft.language();
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
		this.updatedAt = now;
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

	public Long id() {
		return id;
	}

	public Long providerPartnerId() {
		return providerPartnerId;
	}

	public String providerName() {
		return providerName;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public Long areaId() {
		return areaId;
	}

	public String language() {
		return language;
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

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version;
	}

	public Set<String> occupationUris() {
		return occupationUris;
	}

}
