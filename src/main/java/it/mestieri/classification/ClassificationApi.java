package it.mestieri.classification;

import it.mestieri.shared.ImportJobs;
import it.mestieri.shared.ImportJobViews;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.shared.ImportJobViews.JobView;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Classifications", description = "ESCO and CP2011 imports, run as jobs with their progress")
class ClassificationApi {

	private final ClassificationImport imports;

	private final ImportJobViews views;

	ClassificationApi(ClassificationImport imports, ImportJobViews views) {
		this.imports = imports;
		this.views = views;
	}

	@PostMapping(path = "/import/esco", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Imports classification files (coordinator), as a job: the official ESCO CSV package of any "
			+ "language and version 1.0.x-1.2.x (its zips, one zip with everything, or the CSV files "
			+ "occupations_<lang>.csv, skills_<lang>.csv, ISCOGroups_<lang>.csv, occupationSkillRelations.csv), the "
			+ "Italian occupation labels (corpus_elements.tsv and concept_mapping.tsv) and the CP2011 mapping CSV. "
			+ "Multipart, any part names; 'version' (such as 1.2.0) unless the file names carry it. Answers 202 with "
			+ "the job and its address; a file found bad is refused as a whole (file, line, reason) and nothing changes")
	ResponseEntity<JobView> importEsco(MultipartHttpServletRequest request,
			@RequestParam(required = false) String version, Locale locale) {
		List<MultipartFile> files = request.getMultiFileMap().values().stream().flatMap(List::stream).toList();
		ImportJobs.Job job = imports.upload(files, version);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + job.id))
			.body(views.view(job, locale));
	}

}
