package it.mestieri.partners;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.partners.HsdsImport.InvalidDocument;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.PageProblem;

/**
 * The coordinator's page for Open Referral HSDS 3.0: download the partners as HSDS JSON,
 * and (coordinator only) upload a file to create or update partners from it.
 */
@Controller
class HsdsPages {

	private final HsdsImport imports;

	private final Partners partners;

	private final CentreDirectory centre;

	HsdsPages(HsdsImport imports, Partners partners, CentreDirectory centre) {
		this.imports = imports;
		this.partners = partners;
		this.centre = centre;
	}

	@GetMapping("/partners/hsds")
	String page(Model model) {
		model.addAttribute("partnerCount", partners.all().size());
		model.addAttribute("siteCount", centre.sites().size());
		model.addAttribute("maxSize", HsdsImport.MAX_SIZE);
		return "partners/hsds";
	}

	@PostMapping("/partners/hsds/import")
	String importFile(@RequestParam(required = false) MultipartFile file, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return PageProblem.attempt(() -> {
			if (file == null || file.isEmpty()) {
				throw DomainException.invalid("partners.hsds.noFile");
			}
			redirect.addFlashAttribute("report", imports.importFile(read(file), locale));
			return "redirect:/partners/hsds";
		}, model, response, refusal -> {
			if (refusal instanceof InvalidDocument invalid) {
				model.addAttribute("violations", invalid.violations());
			}
			return page(model);
		});
	}

	private static byte[] read(MultipartFile file) {
		try {
			return HsdsImport.read(file.getInputStream(), file.getSize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
