package it.mestieri.partners;

import java.io.IOException;
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
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.partners.HsdsImport.InvalidDocument;
import it.mestieri.partners.HsdsImport.Report;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "HSDS", description = "The partners as Open Referral HSDS 3.0 JSON: export and import")
class HsdsApi {

	private final HsdsExport export;

	private final HsdsImport imports;

	private final MessageSource messages;

	HsdsApi(HsdsExport export, HsdsImport imports, MessageSource messages) {
		this.export = export;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/export/hsds")
	@Operation(summary = "The partners, their services (one per area served) and the centre's sites as HSDS 3.0 JSON "
			+ "(public): one page of fully nested organizations, each valid against the HSDS organization schema")
	JsonNode exportHsds(Locale locale) {
		return export.export(locale);
	}

	@PostMapping(path = "/import/hsds", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Creates or updates partners from HSDS 3.0 JSON (coordinator): our export, an organization, "
			+ "service, service_at_location or location document, a list page or an array of them; at most 5 MB. "
			+ "An invalid file changes nothing and is answered 400 with every error (JSON pointer and message)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)))
	ImportResponse importHsds(HttpServletRequest request, Locale locale) throws IOException {
		Report report = imports.importFile(HsdsImport.read(request.getInputStream(), request.getContentLengthLong()),
				locale);
		return new ImportResponse(report.created(), report.updated(), report.unchanged(),
				report.skipped()
					.stream()
					.map(skipped -> new SkippedResponse(skipped.name(),
							messages.getMessage(skipped.reason(), skipped.arguments().toArray(), locale)))
					.toList(),
				report.changes()
					.stream()
					.map(change -> new ChangeResponse(change.partner(), change.created() ? "created" : "updated",
							change.fields()
								.stream()
								.map(field -> new FieldResponse(field.field(), field.before(), field.after()))
								.toList()))
					.toList());
	}

	@ExceptionHandler(InvalidDocument.class)
	ResponseEntity<ProblemDetail> invalid(InvalidDocument ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setTitle(messages.getMessage("problem.title.400", null, locale));
		problem.setProperty("errors",
				ex.violations()
					.stream()
					.map(violation -> new ErrorResponse(violation.pointer(), violation.message()))
					.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	record ImportResponse(int created, int updated, int unchanged, List<SkippedResponse> skipped,
			List<ChangeResponse> changes) {
	}

	/**
	 * A partner created or updated; {@code fields} are those an update changed, as shown
	 * to the reader.
	 */
	record ChangeResponse(String partner, String action, List<FieldResponse> fields) {
	}

	record FieldResponse(String field, String before, String after) {
	}

	record SkippedResponse(String name, String reason) {
	}

	record ErrorResponse(String pointer, String message) {
	}

}
