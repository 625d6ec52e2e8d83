package it.mestieri.catalogue;

import it.mestieri.shared.ImportJobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import it.mestieri.shared.DomainException;
import it.mestieri.shared.PageProblem;

/**
 * The coordinator's JSON-LD import page: upload a file of JobPosting and Course objects;
 * once it is checked the import runs as a job, whose page shows its progress (refreshed
 * by htmx every second while it runs) and then what it did.
 */
@Controller
class JsonLdPages {

	/** A job as its page shows it. */
	record JobView(long id, String status, String phase, long done, long total, int percent, boolean finished,
			DomainException failure) {

		static JobView of(ImportJobs.Job job) {
			ImportJobs.Status status = job.status();
			return new JobView(job.id, status.name(), job.phase(), job.done(), job.total(), job.percent(),
					status.finished(), job.failure());
		}
	}

	private final JsonLdImport imports;

	private final ImportJobs jobs;

	private final MessageSource messages;

	JsonLdPages(JsonLdImport imports, ImportJobs jobs, MessageSource messages) {
		this.imports = imports;
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping("/resources/import")
	String page(Model model) {
		model.addAttribute("maxSize", JsonLdImport.MAX_SIZE);
		return "resources/import";
	}

	@PostMapping("/resources/import")
	String importFile(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
			Locale locale) {
		return PageProblem.attempt(() -> {
			if (file == null || file.isEmpty()) {
				throw DomainException.invalid("resources.jsonld.noFile");
			}
			ImportJobs.Job job = imports.start(read(file), locale);
			return "redirect:/resources/import/" + job.id;
		}, model, response, refusal -> {
			if (refusal instanceof JsonLdImport.InvalidFile invalid) {
				model.addAttribute("errors", JsonLdApi.problems(invalid, messages, locale));
			}
			return page(model);
		});
	}

	private static byte[] read(MultipartFile file) {
		try {
			return JsonLdImport.read(file.getInputStream(), file.getSize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/resources/import/{job}")
	String job(@PathVariable long job, Model model) {
		ImportJobs.Job found = jobs.find(job)
			.filter(each -> each.kind.equals(JsonLdImport.JOB_KIND))
			.orElseThrow(() -> DomainException.notFound("resources.import.unknown", String.valueOf(job)));
		model.addAttribute("job", JobView.of(found));
		model.addAttribute("report", found.result() instanceof JsonLdImport.Report report ? report : null);
		return "resources/import-job";
	}

}
