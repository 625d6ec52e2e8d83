package it.mestieri.catalogue;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.shared.Bands;

@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Documents",
		description = "Documents and multimedia of the library: read by anyone, written by the coordinator")
class DocumentsApi {

	private final LibraryDocuments documents;

	private final ItemReferences references;

	DocumentsApi(LibraryDocuments documents, ItemReferences references) {
		this.documents = documents;
		this.references = references;
	}

	@GetMapping
	@Operation(summary = "Documents by title, one page at a time (public)")
	PageResponse<DocumentResponse> list(
			@Parameter(description = "words in the title, description or shelf mark") @RequestParam(
					required = false) String q,
			@Parameter(description = "an area code") @RequestParam(required = false) String area,
			@Parameter(description = "BOOK, LEAFLET, VIDEO, AUDIO, WEBSITE, SOFTWARE, GUIDE or OTHER") @RequestParam(
					required = false) String kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageResponse.of(
				documents
					.list(new LibraryDocuments.Filter(q, references.areaCode(area),
							Bands.parse(DocumentKind.class, kind, "kind")), page, size)
					.map(this::response));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A document (public)")
	DocumentResponse get(@PathVariable long id) {
		return response(documents.get(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a document (COORDINATOR): title, kind, language, audience, a shelf mark or a link "
			+ "(http or https), areas by code, topics by id")
	ResponseEntity<DocumentResponse> create(@RequestBody DocumentRequest request) {
		LibraryDocument document = documents.create(request.draft(references));
		return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id())).body(response(document));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a document (COORDINATOR); a stale version is refused with 409 and nothing changes")
	DocumentResponse update(@PathVariable long id, @RequestBody DocumentRequest request) {
		return response(documents.update(id, request.version(), request.draft(references)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a document (COORDINATOR)")
	ResponseEntity<Void> delete(@PathVariable long id) {
		documents.delete(id);
		return ResponseEntity.noContent().build();
	}

	DocumentResponse response(LibraryDocument document) {
		return new DocumentResponse(document.id(), document.version(), document.title(), document.kind(),
				document.language(), document.description(), document.shelfMark(), document.link(), document.audience(),
				document.areaIds().stream().map(references::areaCodeOf).sorted().toList(),
				document.topicIds().stream().sorted().toList(), "/documents/" + document.id(), document.updatedAt());
	}

	record DocumentRequest(Long version, String title, String kind, String language, String description,
			String shelfMark, String link, String audience, List<String> areas, List<Long> topics) {

		LibraryDocuments.Draft draft(ItemReferences references) {
			LinkedHashSet<Long> areaIds = new LinkedHashSet<>();
			if (areas != null) {
				areas.forEach(code -> areaIds.add(references.areaCode(code)));
			}
			areaIds.remove(null);
			return new LibraryDocuments.Draft(title, Bands.parse(DocumentKind.class, kind, "kind"), language,
					description, shelfMark, link, Bands.parse(Audience.class, audience, "audience"), areaIds,
					topics == null ? java.util.Set.of() : new LinkedHashSet<>(topics));
		}
	}

	record DocumentResponse(long id, long version, String title, DocumentKind kind, String language, String description,
			String shelfMark, String link, Audience audience, List<String> areas, List<Long> topics, String page,
			Instant updatedAt) {
	}

}
