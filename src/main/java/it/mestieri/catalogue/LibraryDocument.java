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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A document or multimedia item of the centre's library: on a shelf (shelf mark) or
 * online (link).
 */
@Entity
@Table(name = "resources_document")
public class LibraryDocument extends CatalogueItem<LibraryDocuments.Draft> {

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private String description;

	private String shelfMark;

	private String link;

	@Enumerated(EnumType.STRING)
	private Audience audience;

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
		super(now);
	}

	@Override
	void apply(LibraryDocuments.Draft draft, Instant now) {
		this.kind = draft.kind();
		this.description = draft.description();
		this.shelfMark = draft.shelfMark();
		this.link = draft.link();
		this.audience = draft.audience();
		this.areaIds.clear();
		this.areaIds.addAll(draft.areaIds());
		this.topicIds.clear();
		this.topicIds.addAll(draft.topicIds());
		edited(draft.title(), draft.language(), now);
	}

	public DocumentKind kind() {
		return kind;
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

	public Set<Long> areaIds() {
		return areaIds;
	}

	public Set<Long> topicIds() {
		return topicIds;
	}

}
