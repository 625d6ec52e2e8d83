package it.mestieri.catalogue;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A document or multimedia item of the centre's library: on a shelf (shelf mark) or
 * online (link).
 */
@Entity
@Table(name = "resources_document")
public class LibraryDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private String language;

	private String description;

	private String shelfMark;

	private String link;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "resources_document_area", joinColumns = @JoinColumn(name = "document_id"))
	@Column(name = "area_id")
	private Set<Long> areaIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "resources_document_topic", joinColumns = @JoinColumn(name = "document_id"))
	@Column(name = "topic_id")
	private Set<Long> topicIds = new LinkedHashSet<>();

	protected LibraryDocument() {
	}

	LibraryDocument(Instant now) {
		this.createdAt = now;
	}

	/** Takes over a checked draft. */
	void apply(LibraryDocuments.Draft draft, Instant now) {
		this.title = draft.title();
		this.kind = draft.kind();
		this.language = draft.language();
		this.description = draft.description();
		this.shelfMark = draft.shelfMark();
		this.link = draft.link();
		this.audience = draft.audience();
		this.areaIds.clear();
		this.areaIds.addAll(draft.areaIds());
		this.topicIds.clear();
		this.topicIds.addAll(draft.topicIds());
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public DocumentKind kind() {
		return kind;
	}

	public String language() {
		return language;
	}

	public String description() {
		return description;
	}

	public String shelfMark() {
		return shelfMark;
	}

	public String link() {
		return link;
	}

	public Audience audience() {
		return audience;
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

	public Set<Long> areaIds() {
		return areaIds;
	}

	public Set<Long> topicIds() {
		return topicIds;
	}

}
