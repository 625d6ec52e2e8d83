package it.mestieri.classification;

import it.mestieri.shared.ImportJobs;
import it.mestieri.shared.ImportJobViews;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import it.mestieri.shared.Htmx;
import it.mestieri.shared.PageProblem;

/**
 * The coordinator's page of the classifications: what is loaded per language, the history
 * of imports, and an upload form whose import runs as a job, followed by a progress bar.
 */
@Controller
class ClassificationPages {

	private final ClassificationImport imports;

	private final ImportJobs jobs;

	private final ImportJobViews views;

	ClassificationPages(ClassificationImport imports, ImportJobs jobs, ImportJobViews views) {
		this.imports = imports;
		this.jobs = jobs;
		this.views = views;
	}

	@GetMapping("/resources/classification")
	String page(@RequestParam(required = false) Long job, Model model, Locale locale) {
		ImportJobs.Job shown = job != null ? jobs.find(job).orElse(null)
				: jobs.latest(ClassificationImport.JOB_KIND).filter(latest -> !latest.finished()).orElse(null);
		if (shown != null) {
			model.addAttribute("job", views.view(shown, locale));
		}
		model.addAttribute("summary", imports.summary());
		List<ClassificationImport.HistoryRow> history = imports.history(20);
		model.addAttribute("history", history);
		java.util.Map<String, ClassificationImport.HistoryRow> lastImports = new java.util.HashMap<>();
		for (ClassificationImport.HistoryRow row : history) {
			if ("DONE".equals(row.status()) && row.language() != null) {
				for (String language : row.language().split(",")) {
					lastImports.putIfAbsent(language, row);
				}
			}
		}
		model.addAttribute("lastImports", lastImports);
		model.addAttribute("maxSize", imports.maxSizeText());
		return "resources/classification";
	}

	@PostMapping("/resources/classification/import")
	String upload(@RequestParam(required = false) List<MultipartFile> files,
			@RequestParam(required = false) String version, Model model, HttpServletResponse response, Locale locale) {
		return PageProblem.attempt(() -> {
			ImportJobs.Job job = imports.upload(files == null ? List.of() : files, version);
			return "redirect:/resources/classification?job=" + job.id;
		}, model, response, refusal -> {
			model.addAttribute("version", version);
			return page(null, model, locale);
		});
	}

	/**
	 * The progress bar alone, which polls itself while the job runs. When htmx asks and
	 * the job has finished, the whole page reloads, so that what is loaded and the
	 * history are shown as they now are.
	 */
	@GetMapping("/resources/classification/jobs/{id}")
	String progress(@PathVariable long id, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		boolean htmx = Htmx.isRequest(request);
		var found = jobs.find(id);
		if (found.isEmpty()) {
			// a job forgotten by a restart
			response.setStatus(htmx ? Htmx.STOP_POLLING : HttpServletResponse.SC_NOT_FOUND);
			return null;
		}
		ImportJobViews.JobView job = views.view(found.get(), locale);
		model.addAttribute("job", job);
		if (job.finished() && htmx) {
			response.setHeader("HX-Refresh", "true");
		}
		return "resources/classification :: progress";
	}

}
