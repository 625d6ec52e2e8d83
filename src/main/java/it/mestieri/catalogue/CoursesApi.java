package it.mestieri.catalogue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

@RestController
@RequestMapping(path = "/api/v1/courses", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Courses", description = "Training courses of the catalogue: read by anyone, written by the coordinator")
class CoursesApi {

	private final Courses courses;

	private final ItemReferences references;

	CoursesApi(Courses courses, ItemReferences references) {
		this.courses = courses;
		this.references = references;
	}

	@GetMapping
	@Operation(summary = "Courses, the latest first, one page at a time (public)")
	PageResponse<CourseResponse> list(
			@Parameter(description = "words in the title, description, provider or place") @RequestParam(
					required = false) String q,
			@Parameter(description = "an area code, such as FORMAZIONE") @RequestParam(required = false) String area,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageResponse
			.of(courses.list(new Courses.Filter(q, references.areaCode(area)), page, size).map(this::response));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A course, with the version a PUT must send (public)")
	CourseResponse get(@PathVariable long id) {
		return response(courses.get(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a course (COORDINATOR): a title, a provider (partner id or name), dates in order, "
			+ "cost in euros (0 or more, null when not stated), link http(s), target occupations as ESCO URIs")
	ResponseEntity<CourseResponse> create(@RequestBody CourseRequest request) {
		Course course = courses.create(request.draft(references));
		return ResponseEntity.created(URI.create("/api/v1/courses/" + course.id())).body(response(course));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a course (COORDINATOR); send the version you read: a stale one is refused with 409 "
			+ "and nothing changes")
	CourseResponse update(@PathVariable long id, @RequestBody CourseRequest request) {
		return response(courses.update(id, request.version(), request.draft(references)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a course (COORDINATOR)")
	ResponseEntity<Void> delete(@PathVariable long id) {
		courses.delete(id);
		return ResponseEntity.noContent().build();
	}

	CourseResponse response(Course course) {
		return new CourseResponse(course.id(), course.version(), course.title(), course.description(),
				course.providerPartnerId(), course.providerName(), references.areaCodeOf(course.areaId()),
				course.language(), course.startsOn(), course.endsOn(), course.place(),
				course.costCents() == null ? null : BigDecimal.valueOf(course.costCents(), 2), course.funding(),
				course.entryRequirements(), course.credential(), course.url(), List.copyOf(course.occupationUris()),
				"/courses/" + course.id(), course.updatedAt());
	}

	record CourseRequest(Long version, String title, String description, Long providerPartner, String providerName,
			String area, String language, LocalDate startsOn, LocalDate endsOn, String place, BigDecimal cost,
			String funding, String entryRequirements, String credential, String url, List<String> occupations) {

		Courses.Draft draft(ItemReferences references) {
			Set<String> uris = occupations == null ? Set.of() : new LinkedHashSet<>(occupations);
			return new Courses.Draft(providerPartner, providerName, title, description, references.areaCode(area),
					language, startsOn, endsOn, place, cost, funding, entryRequirements, credential, url, uris);
		}
	}

	record CourseResponse(long id, long version, String title, String description, Long providerPartner,
			String providerName, String area, String language, LocalDate startsOn, LocalDate endsOn, String place,
			BigDecimal cost, String funding, String entryRequirements, String credential, String url,
			List<String> occupations, String page, Instant updatedAt) {
	}

}
