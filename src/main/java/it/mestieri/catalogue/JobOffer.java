package it.mestieri.catalogue;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A job offer on the centre's board: shown from its publication day up to its expiry day
 * included.
 */
@Entity
@Table(name = "resources_job_offer")
public class JobOffer extends CatalogueItem<JobOffers.Draft> {

	private String employer;

	private String description;

	private String place;

	@Enumerated(EnumType.STRING)
	private ContractType contractType;

	private String workingTime;

	private Long areaId;

	private String occupationUri;

	private LocalDate publishedOn;

	private LocalDate expiresOn;

	private String url;

	private String externalId;

	protected JobOffer() {
	}

	JobOffer(Instant now) {
		super(now);
	}

	@Override
	void apply(JobOffers.Draft draft, Instant now) {
		this.employer = draft.employer();
		this.description = draft.description();
		this.place = draft.place();
		this.contractType = draft.contractType();
		this.workingTime = draft.workingTime() == null ? null : draft.workingTime().name();
		this.areaId = draft.areaId();
		this.occupationUri = draft.occupationUri();
		this.publishedOn = draft.publishedOn();
		this.expiresOn = draft.expiresOn();
		this.url = draft.url();
		edited(draft.title(), draft.language(), now);
	}

	void externalId(String externalId) {
		this.externalId = externalId;
	}

	public String externalId() {
		return externalId;
	}

	/** Past its expiry day: never shown publicly again. */
	public boolean expiredOn(LocalDate day) {
		return day.isAfter(expiresOn);
	}

	public String employer() {
		return employer;
	}

	public String description() {
		return description;
	}

	public String place() {
		return place;
	}

	public ContractType contractType() {
		return contractType;
	}

	public String workingTime() {
		return workingTime;
	}

	public Long areaId() {
		return areaId;
	}

	public String occupationUri() {
		return occupationUri;
	}

	public LocalDate publishedOn() {
		return publishedOn;
	}

	public LocalDate expiresOn() {
		return expiresOn;
	}

	public String url() {
		return url;
	}

	/** Open on that day: published and not yet expired. */
	public boolean openOn(LocalDate day) {
		return !day.isBefore(publishedOn) && !day.isAfter(expiresOn);
	}

}
