package it.mestieri.partners;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.shared.Bands;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.PageProblem;

/**
 * The coordinator's pages for agreements: create and edit one (with optimistic locking: a
 * form saved over someone else's change is shown again with what this user typed and what
 * is saved now), its commitments and its documents. A partner coordinator reads the
 * agreements their partner is a party to.
 */
@Controller
class AgreementPages {

	private final Agreements agreements;

	private final Partners partners;

	private final PartnerScope scope;

	private final CentreDirectory centre;

	private final CentreClock clock;

	AgreementPages(Agreements agreements, Partners partners, PartnerScope scope, CentreDirectory centre,
			CentreClock clock) {
		this.agreements = agreements;
		this.partners = partners;
		this.scope = scope;
		this.centre = centre;
		this.clock = clock;
	}

	/** What a coordinator typed about an agreement, kept as typed. */
	record AgreementForm(String title, String signedOn, String validFrom, String validTo, Boolean charterAccepted,
			String charterAcceptedOn, List<String> parties, String version) {

		static AgreementForm of(Agreement agreement) {
			return new AgreementForm(agreement.title(), text(agreement.signedOn()), text(agreement.validFrom()),
					text(agreement.validTo()), agreement.charterAccepted(), text(agreement.charterAcceptedOn()),
					agreement.parties().stream().map(party -> String.valueOf(party.value())).toList(),
					String.valueOf(agreement.version()));
		}

		AgreementForm withVersion(long version) {
			return new AgreementForm(title, signedOn, validFrom, validTo, charterAccepted, charterAcceptedOn, parties,
					String.valueOf(version));
		}

		public boolean hasParty(PartnerId partner) {
			return parties != null && parties.contains(String.valueOf(partner.value()));
		}

		Agreements.Draft draft() {
			List<PartnerId> ids = new ArrayList<>();
			if (parties != null) {
				parties.forEach(party -> ids.add(new PartnerId(PartnerPages.number(party, "parties"))));
			}
			return new Agreements.Draft(title, Checks.FIELDS.date(signedOn, "signedOn"),
					Checks.FIELDS.date(validFrom, "validFrom"), Checks.FIELDS.date(validTo, "validTo"),
					Boolean.TRUE.equals(charterAccepted), Checks.FIELDS.date(charterAcceptedOn, "charterAcceptedOn"),
					ids);
		}

		private static String text(Object value) {
			return value == null ? "" : value.toString();
		}
	}

	@ModelAttribute("mayWrite")
	boolean mayWrite() {
		return scope.mayWrite();
	}

	@GetMapping("/partners/agreements/new")
	String newAgreement(Model model) {
		String today = clock.today().toString();
		model.addAttribute("form", new AgreementForm("", today, today,
				clock.today().plusYears(1).minusDays(1).toString(), false, "", List.of(), "0"));
		return newPage(model);
	}

	@PostMapping("/partners/agreements")
	String create(@ModelAttribute("form") AgreementForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return PageProblem.attempt(() -> {
			AgreementId id = agreements.create(form.draft());
			redirect.addFlashAttribute("saved", "partners.saved");
			return "redirect:/partners/agreements/" + id.value();
		}, model, response, refusal -> newPage(model));
	}

	@GetMapping("/partners/agreements/{id}")
	String agreement(@PathVariable long id, Model model) {
		Agreement agreement = scope.agreement(agreements.agreement(new AgreementId(id)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AgreementForm.of(agreement));
		}
		model.addAttribute("agreement", agreement);
		model.addAttribute("partnerNames",
				partners.all().stream().collect(Collectors.toMap(Partner::id, Partner::name)));
		model.addAttribute("areaNames",
				centre.areas().stream().collect(Collectors.toMap(area -> area.id(), area -> area)));
		model.addAttribute("commitmentKinds", CommitmentKind.values());
		model.addAttribute("periods", CommitmentPeriod.values());
		model.addAttribute("maxDocumentSize", agreements.maxDocumentSize());
		return common(model);
	}

	@PostMapping("/partners/agreements/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AgreementForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(id, model, response, redirect, () -> {
			long version = PartnerPages.number(form.version(), "version");
			agreements.update(new AgreementId(id), version, form.draft());
		}, refusal -> {
			if (refusal instanceof AgreementChanged changed) {
				model.addAttribute("current", changed.current());
				// Saving again, after reading what is saved now, replaces it with this
				// user's values.
				model.addAttribute("form", form.withVersion(changed.current().version()));
			}
		});
	}

	@PostMapping("/partners/agreements/{id}/commitments")
	String addCommitment(@PathVariable long id, @RequestParam(required = false) String partner,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String quantity,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			@RequestParam(required = false) String area, @RequestParam(required = false) String description,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return change(id, model, response, redirect,
				() -> agreements.addCommitment(new AgreementId(id),
						new Agreements.NewCommitment(
								partner == null || partner.isBlank() ? null
										: new PartnerId(PartnerPages.number(partner, "partner")),
								Bands.parse(CommitmentKind.class, kind, "kind"), Checks.decimal(quantity, "quantity"),
								unit, Bands.parse(CommitmentPeriod.class, period, "period"),
								area == null || area.isBlank() ? null : centre.requireArea(area).id(), description)));
	}

	@PostMapping("/partners/agreements/{id}/commitments/{commitmentId}/remove")
	String removeCommitment(@PathVariable long id, @PathVariable long commitmentId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(id, model, response, redirect,
				() -> agreements.removeCommitment(new AgreementId(id), commitmentId));
	}

	@PostMapping("/partners/agreements/{id}/documents")
	String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(id, model, response, redirect, () -> {
			if (file == null || file.isEmpty()) {
				throw DomainException.invalid("partners.document.noFile");
			}
			try (InputStream content = file.getInputStream()) {
				agreements.attach(new AgreementId(id), file.getOriginalFilename(), file.getContentType(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@GetMapping("/partners/agreements/{id}/documents/{documentId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long documentId) {
		Agreement agreement = scope.agreement(agreements.agreement(new AgreementId(id)));
		return AgreementsApi.download(agreements, agreements.document(agreement.id(), documentId));
	}

	private String change(long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Runnable change) {
		return change(id, model, response, redirect, change, refusal -> {
		});
	}

	/**
	 * Applies a change on an agreement's page; a refused one shows the page again with
	 * the reason and a 4xx, after {@code alsoShow} adds what the refusal tells.
	 */
	private String change(long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Runnable change, Consumer<DomainException> alsoShow) {
		return PageProblem.attempt(() -> {
			change.run();
			redirect.addFlashAttribute("saved", "partners.saved");
			return "redirect:/partners/agreements/" + id;
		}, model, response, refusal -> {
			alsoShow.accept(refusal);
			return agreement(id, model);
		});
	}

	private String newPage(Model model) {
		if (!scope.mayWrite()) {
			throw DomainException.forbidden("partners.readOnly");
		}
		return common(model);
	}

	private String common(Model model) {
		List<Partner> all = partners.all();
		model.addAttribute("partners", all);
		Map<PartnerId, String> names = all.stream().collect(Collectors.toMap(Partner::id, Partner::name));
		model.addAttribute("partnerNames", names);
		return "partners/agreement";
	}

}
