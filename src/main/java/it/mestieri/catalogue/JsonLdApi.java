package it.mestieri.catalogue;

import it.mestieri.shared.ImportJobs;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.FieldChecks;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "JSON-LD",
		description = "Job offers and courses as schema.org JSON-LD (JobPosting, Course): export and import")
class JsonLdApi {

	static final String LD_JSON = "application/ld+json";

	private final JsonLdExport export;

	private final JsonLdImport imports;

	private final MessageSource messages;

	JsonLdApi(JsonLdExport export, JsonLdImport imports, MessageSource messages) {
		this.export = export;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping(path = "/export/jsonld", produces = { LD_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The open job offers and the courses as one schema.org JSON-LD @graph (public)")
	ResponseEntity<JsonNode> exportJsonLd(@Parameter(
			description = "JobPosting or Course; both when missing") @RequestParam(required = false) String type) {
		if (type != null && !type.isBlank() && !JsonLdExport.types().contains(type.strip())) {
			throw DomainException.invalid("problem.unknownValue", "type", FieldChecks.shortened(type),
					String.join(", ", JsonLdExport.types()));
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(LD_JSON))
			.body(export.export(type == null || type.isBlank() ? null : type.strip(), base));
	}

	@PostMapping(path = "/import/jsonld", consumes = { LD_JSON, MediaType.APPLICATION_JSON_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import schema.org JobPosting and Course objects (COORDINATOR): one object, an array or a "
			+ "@graph, at most 5 MB. The file is checked first: malformed JSON or an object that cannot be imported is "
			+ "answered 400 with each object's position and reason, and nothing is saved. Otherwise 202: the items "
			+ "are saved by a background job (Location: /api/v1/imports/{id}); an item with the same identifier or url "
			+ "as one already here updates it",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = LD_JSON)))
	ResponseEntity<JobResponse> importJsonLd(HttpServletRequest request, Locale locale) throws IOException {
		ImportJobs.Job job = imports.start(JsonLdImport.read(request.getInputStream(), request.getContentLengthLong()),
				locale);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + job.id))
			.body(new JobResponse(job.id, job.kind, job.status().name()));
	}

	@ExceptionHandler(JsonLdImport.InvalidFile.class)
	ResponseEntity<ProblemDetail> invalid(JsonLdImport.InvalidFile ex, Locale locale) {
		List<ErrorResponse> errors = problems(ex, messages, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale) + " " + errors.get(0).message());
		problem.setTitle(messages.getMessage("problem.title.400", null, locale));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static List<ErrorResponse> problems(JsonLdImport.InvalidFile ex, MessageSource messages, Locale locale) {
		return ex.problems()
			.stream()
			.map(problem -> new ErrorResponse(problem.index(), problem.pointer(),
					messages.getMessage("resources.jsonld.at",
							new Object[] { problem.index() + 1, problem.pointer(),
									messages.getMessage(problem.messageKey(), problem.arguments(), locale) },
							locale)))
			.toList();
	}

	record JobResponse(long id, String kind, String status) {
	}

	record ErrorResponse(int index, String pointer, String message) {
	}

}
