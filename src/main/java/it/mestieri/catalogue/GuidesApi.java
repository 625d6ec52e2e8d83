package it.mestieri.catalogue;

import java.net.URI;
import java.time.Instant;

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
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/guides", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Guides", description = "Guides to starting a business: read by anyone, written by the coordinator")
class GuidesApi {

	private final Guides guides;

	private final ItemReferences references;

	GuidesApi(Guides guides, ItemReferences references) {
		this.guides = guides;
		this.references = references;
	}

	@GetMapping
	@Operation(summary = "Guides by title, one page at a time (public)")
	PageResponse<GuideResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String area, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageResponse
			.of(guides.list(new Guides.Filter(q, references.areaCode(area)), page, size).map(this::response));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A guide (public)")
	GuideResponse get(@PathVariable long id) {
		return response(guides.get(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a guide (COORDINATOR): title, summary, the steps as plain text, area code, link http(s)")
	ResponseEntity<GuideResponse> create(@RequestBody GuideRequest request) {
		Guide guide = guides.create(request.draft(references));
		return ResponseEntity.created(URI.create("/api/v1/guides/" + guide.id())).body(response(guide));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a guide (COORDINATOR); a stale version is refused with 409 and nothing changes")
	GuideResponse update(@PathVariable long id, @RequestBody GuideRequest request) {
		return response(guides.update(id, request.version(), request.draft(references)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a guide (COORDINATOR)")
	ResponseEntity<Void> delete(@PathVariable long id) {
		guides.delete(id);
		return ResponseEntity.noContent().build();
	}

	GuideResponse response(Guide guide) {
		return new GuideResponse(guide.id(), guide.version(), guide.title(), guide.summary(), guide.body(),
				guide.language(), references.areaCodeOf(guide.areaId()), guide.link(), "/guides/" + guide.id(),
				guide.updatedAt());
	}

	record GuideRequest(Long version, String title, String summary, String body, String language, String area,
			String link) {

		Guides.Draft draft(ItemReferences references) {
			return new Guides.Draft(title, summary, body, language, references.areaCode(area), link);
		}
	}

	record GuideResponse(long id, long version, String title, String summary, String body, String language, String area,
			String link, String page, Instant updatedAt) {
	}

}
