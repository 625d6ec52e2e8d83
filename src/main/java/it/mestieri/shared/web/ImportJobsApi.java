package it.mestieri.shared.web;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.shared.ImportJobViews;
import it.mestieri.shared.ImportJobViews.JobView;

/**
 * The progress of any background job, for the progress bar of the page that started it.
 */
@RestController
@Tag(name = "Classifications", description = "ESCO and CP2011 imports, run as jobs with their progress")
class ImportJobsApi {

	private final ImportJobViews views;

	ImportJobsApi(ImportJobViews views) {
		this.views = views;
	}

	@GetMapping(path = "/api/v1/imports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An import job (coordinator): status (QUEUED, RUNNING, DONE, FAILED), phase, done and total "
			+ "steps of the phase, percent, then what it did or why it was refused")
	JobView job(@PathVariable long id, Locale locale) {
		return views.view(id, locale);
	}

}
