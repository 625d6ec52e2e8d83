package it.mestieri.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.identity.StaffRole;
import it.mestieri.shared.Bands;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.PageProblem;

/**
 * The coordinator's pages for partner organisations: the list, a partner with its
 * members, its agreements and the resources it delivered. A partner coordinator sees only
 * their own partner, without the forms.
 */
@Controller
class PartnerPages {

	/** The roles of the accounts that can belong to a partner. */
	static final Set<StaffRole> MEMBER_ROLES = EnumSet.of(StaffRole.COUNSELLOR, StaffRole.PARTNER_COORDINATOR);

	private final Partners partners;

	private final Agreements agreements;

	private final Contributions contributions;

	private final PartnerScope scope;

	private final CentreDirectory centre;

	private final StaffDirectory staff;

	private final CentreClock clock;

	PartnerPages(Partners partners, Agreements agreements, Contributions contributions, PartnerScope scope,
			CentreDirectory centre, StaffDirectory staff, CentreClock clock) {
		this.partners = partners;
		this.agreements = agreements;
		this.contributions = contributions;
		this.scope = scope;
		this.centre = centre;
		this.staff = staff;
		this.clock = clock;
	}

	/** A partner as the list shows it. */
	record PartnerRow(Partner partner, List<String> areas, long counsellors, long agreements) {
	}

	/** A member as the partner page shows it. */
	record MemberRow(PartnerMember member, StaffMember account) {
	}

	/**
	 * What a coordinator typed about a partner, kept as typed so that a refused form
	 * shows it again.
	 */
	record PartnerForm(String name, String kind, String website, String email, String phone, List<String> areas,
			String activeFrom, String activeTo, String version) {

		static PartnerForm empty(String today) {
			return new PartnerForm("", "", "", "", "", List.of(), today, "", "");
		}

		static PartnerForm of(Partner partner, CentreDirectory centre) {
			return new PartnerForm(partner.name(), partner.kind().name(), orEmpty(partner.website()),
					orEmpty(partner.email()), orEmpty(partner.phone()),
					centre.areas()
						.stream()
						.filter(area -> partner.areas().contains(area.id()))
						.map(area -> area.code())
						.toList(),
					partner.activeFrom().toString(), partner.activeTo() == null ? "" : partner.activeTo().toString(),
					String.valueOf(partner.version()));
		}

		PartnerForm withVersion(long newVersion) {
			return new PartnerForm(name, kind, website, email, phone, areas, activeFrom, activeTo,
					String.valueOf(newVersion));
		}

		public boolean hasArea(String code) {
			return areas != null && areas.contains(code);
		}
	}

	@ModelAttribute("mayWrite")
	boolean mayWrite() {
		return scope.mayWrite();
	}

	@GetMapping("/partners")
	String list(Model model) {
		List<Partner> visible = partners.all().stream().filter(partner -> scope.maySee(partner.id())).toList();
		Map<StaffId, StaffMember> accounts = staff.all()
			.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity()));
		List<PartnerMember> members = partners.allMembers();
		List<Agreement> all = agreements.all();
		model.addAttribute("rows",
				visible.stream()
					.map(partner -> new PartnerRow(partner, areaCodes(partner.areas()),
							members.stream()
								.filter(member -> member.partner().equals(partner.id()))
								.filter(member -> accounts.containsKey(member.staff())
										&& accounts.get(member.staff()).has(StaffRole.COUNSELLOR))
								.count(),
							all.stream().filter(agreement -> agreement.hasParty(partner.id())).count()))
					.toList());
		model.addAttribute("agreements", all.stream().filter(scope::maySee).toList());
		model.addAttribute("partnerNames", names());
		model.addAttribute("today", clock.today());
		return "partners/list";
	}

	@GetMapping("/partners/new")
	String newPartner(Model model) {
		model.addAttribute("form", PartnerForm.empty(clock.today().toString()));
		return newPage(model);
	}

	@PostMapping("/partners")
	String add(@ModelAttribute("form") PartnerForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return PageProblem.attempt(() -> {
			PartnerId id = partners.add(form.name(), kind(form.kind()), form.website(), form.email(), form.phone(),
					areas(form.areas()), Checks.FIELDS.date(form.activeFrom(), "activeFrom"),
					Checks.FIELDS.date(form.activeTo(), "activeTo"));
			redirect.addFlashAttribute("saved", "partners.saved");
			return "redirect:/partners/" + id.value();
		}, model, response, refusal -> newPage(model));
	}

	@GetMapping("/partners/{id}")
	String partner(@PathVariable long id, Model model) {
		Partner partner = scope.partner(new PartnerId(id));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PartnerForm.of(partner, centre));
		}
		model.addAttribute("partner", partner);
		model.addAttribute("areaNames", areaCodes(partner.areas()));
		model.addAttribute("members",
				partners.members(partner.id())
					.stream()
					.map(member -> new MemberRow(member, staff.find(member.staff()).orElse(null)))
					.toList());
		model.addAttribute("candidates",
				staff.all()
					.stream()
					.filter(account -> account.enabled() && account.roles().stream().anyMatch(MEMBER_ROLES::contains))
					.sorted(Comparator.comparing(StaffMember::displayName))
					.toList());
		model.addAttribute("memberships",
				partners.allMembers()
					.stream()
					.collect(Collectors.toMap(PartnerMember::staff, member -> member.partner())));
		model.addAttribute("agreements", agreements.ofPartner(partner.id()));
		model.addAttribute("contributions", contributions.of(partner.id()));
		model.addAttribute("contributionKinds", CommitmentKind.RECORDED_AS_CONTRIBUTIONS);
		model.addAttribute("partnerNames", names());
		model.addAttribute("staffNames",
				staff.all().stream().collect(Collectors.toMap(account -> account.id(), StaffMember::displayName)));
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("areas", centre.areas());
		model.addAttribute("today", clock.today());
		return "partners/partner";
	}

	@PostMapping("/partners/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") PartnerForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return PageProblem.attempt(() -> {
			partners.update(new PartnerId(id), number(form.version(), "version"), form.name(), kind(form.kind()),
					form.website(), form.email(), form.phone(), areas(form.areas()),
					Checks.FIELDS.date(form.activeFrom(), "activeFrom"),
					Checks.FIELDS.date(form.activeTo(), "activeTo"));
			redirect.addFlashAttribute("saved", "partners.saved");
			return "redirect:/partners/" + id;
		}, model, response, refusal -> {
			model.addAttribute("editing", true);
			if (refusal instanceof PartnerChanged changed) {
				// The details above show what is saved now; saving again replaces it with
				// this user's values.
				model.addAttribute("form", form.withVersion(changed.current().version()));
			}
			return partner(id, model);
		});
	}

	@PostMapping("/partners/{id}/members")
	String assign(@PathVariable long id, @RequestParam(required = false) String staffId,
			@RequestParam(defaultValue = "false") boolean namePublic, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(id, model, response, redirect, () -> {
			Partner partner = partners.partner(new PartnerId(id));
			StaffMember account = member(staffId);
			if (account.roles().stream().noneMatch(MEMBER_ROLES::contains)) {
				throw DomainException.invalid("partners.member.role", account.displayName());
			}
			partners.assign(account.id(), partner.id(), namePublic);
		});
	}

	@PostMapping("/partners/{id}/members/{staffId}/remove")
	String unassign(@PathVariable long id, @PathVariable long staffId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(id, model, response, redirect, () -> {
			Partner partner = partners.partner(new PartnerId(id));
			StaffId member = new StaffId(staffId);
			if (partners.membership(member).filter(each -> each.partner().equals(partner.id())).isEmpty()) {
				throw DomainException.notFound("partners.member.unknown", String.valueOf(staffId));
			}
			partners.unassign(member);
		});
	}

	@PostMapping("/partners/{id}/contributions")
	String record(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String quantity, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String deliveredOn, @RequestParam(required = false) String agreement,
			@RequestParam(required = false) String note, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(id, model, response, redirect, () -> contributions
			.record(new PartnerId(id), new Contributions.Entry(Bands.parse(CommitmentKind.class, kind, "kind"),
					Checks.decimal(quantity, "quantity"), unit, Checks.FIELDS.date(deliveredOn, "deliveredOn"),
					agreement == null || agreement.isBlank() ? null : new AgreementId(number(agreement, "agreement")),
					note)));
	}

	/**
	 * Applies a change on a partner's page; a refused one shows the page again with the
	 * reason and a 4xx.
	 */
	private String change(long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Runnable change) {
		return PageProblem.attempt(() -> {
			change.run();
			redirect.addFlashAttribute("saved", "partners.saved");
			return "redirect:/partners/" + id;
		}, model, response, refusal -> partner(id, model));
	}

	private String newPage(Model model) {
		if (!scope.mayWrite()) {
			throw DomainException.forbidden("partners.readOnly");
		}
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("areas", centre.areas());
		return "partners/partner-new";
	}

	private StaffMember member(String staffId) {
		long id = number(staffId, "staff");
		return staff.find(new StaffId(id))
			.orElseThrow(() -> DomainException.invalid("partners.member.unknown", String.valueOf(id)));
	}

	static long number(String value, String field) {
		try {
			return Long.parseLong(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("partners.id.invalid", Checks.FIELDS.field(field));
		}
	}

	private static PartnerKind kind(String kind) {
		return Bands.parse(PartnerKind.class, kind, "kind");
	}

	private Set<AreaId> areas(List<String> codes) {
		Set<AreaId> areas = new LinkedHashSet<>();
		if (codes != null) {
			codes.forEach(code -> areas.add(centre.requireArea(code).id()));
		}
		return areas;
	}

	private List<String> areaCodes(Set<AreaId> ids) {
		return centre.areas().stream().filter(area -> ids.contains(area.id())).map(area -> area.code()).toList();
	}

	private Map<PartnerId, String> names() {
		return partners.all().stream().collect(Collectors.toMap(Partner::id, Partner::name));
	}

	static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	static List<String> listOf(List<String> values) {
		return values == null ? List.of() : new ArrayList<>(values);
	}

}
