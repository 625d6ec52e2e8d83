package it.mestieri.counselling;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.identity.StaffDirectory;
import it.mestieri.partners.PartnerId;
import it.mestieri.reception.DeskPage;
import it.mestieri.reception.DeskView;
import it.mestieri.reception.DeskWork;
import it.mestieri.reception.Outcome;
import it.mestieri.reception.ReferralDestination;
import it.mestieri.reception.VisitId;
import it.mestieri.shared.Bands;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.PageProblem;

/**
 * The counsellor's interview records: recorded from the desk page when a visit finishes,
 * listed at /interviews, corrected by their author for 24 hours at /interviews/{id}.
 */
@Controller
class InterviewPages {

	static final int RECENT_DAYS = 14;

	private final InterviewRecords records;

	private final InterviewForms forms;

	private final Lookups lookups;

	private final DeskWork deskWork;

	private final DeskPage deskPage;

	private final StaffDirectory staff;

	private final CentreClock clock;

	InterviewPages(InterviewRecords records, InterviewForms forms, Lookups lookups, DeskWork deskWork,
			DeskPage deskPage, StaffDirectory staff, CentreClock clock) {
		this.records = records;
		this.forms = forms;
		this.lookups = lookups;
		this.deskWork = deskWork;
		this.deskPage = deskPage;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * Finishes the visit and records the interview; back to the desk with a confirmation,
	 * or the desk again with the reason.
	 */
	@PostMapping("/interviews")
	String record(@RequestParam(required = false) String visit, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) List<String> topics, @RequestParam(required = false) List<String> resources,
			@RequestParam(required = false) String referral, @RequestParam(required = false) String referralPartner,
			@RequestParam(required = false) String followUp, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return PageProblem.attempt(() -> {
			InterviewAnswers answers = new InterviewAnswers(Bands.parse(Outcome.class, outcome, "outcome"), topics,
					resources, Bands.parse(ReferralDestination.class, referral, "referral"), partnerId(referralPartner),
					"true".equals(followUp));
			Interview interview = records.record(visitId(visit), answers);
			redirect.addFlashAttribute("interviewRecorded", interview.id().value());
			return "redirect:/desk/" + interview.desk().value();
		}, model, response, refusal -> {
			DeskView mine = deskWork.myDesk().orElseThrow(() -> refusal);
			model.addAttribute(InterviewForms.DRAFT,
					InterviewForm.Draft.of(outcome, topics, resources, referral, referralPartner, followUp));
			return deskPage.show(mine.desk().id(), model);
		});
	}

	@GetMapping("/interviews")
	String mine(Model model) {
		Instant now = clock.now();
		Lookups.Names names = lookups.names();
		model.addAttribute("interviews",
				records.mine(RECENT_DAYS).stream().map(interview -> shown(interview, names, now)).toList());
		model.addAttribute("days", RECENT_DAYS);
		return "counselling/interviews";
	}

	@GetMapping("/interviews/{id}")
	String interview(@PathVariable long id, Model model) {
		return show(new InterviewId(id), null, model);
	}

	@PostMapping("/interviews/{id}")
	String correct(@PathVariable long id, @RequestParam(required = false) String version,
			@RequestParam(required = false) List<String> topics, @RequestParam(required = false) List<String> resources,
			@RequestParam(required = false) String referral, @RequestParam(required = false) String referralPartner,
			@RequestParam(required = false) String followUp, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		InterviewId interview = new InterviewId(id);
		return PageProblem.attempt(() -> {
			InterviewAnswers answers = new InterviewAnswers(null, topics, resources,
					Bands.parse(ReferralDestination.class, referral, "referral"), partnerId(referralPartner),
					"true".equals(followUp));
			records.correct(interview, version(version), answers);
			redirect.addFlashAttribute("corrected", true);
			return "redirect:/interviews/" + id;
		}, model, response, refusal -> show(interview,
				InterviewForm.Draft.of(null, topics, resources, referral, referralPartner, followUp), model));
	}

	private String show(InterviewId id, InterviewForm.Draft sent, Model model) {
		Interview interview = records.visible(id);
		Instant now = clock.now();
		boolean correctable = interview.correctableBy(staff.requireCurrent().id(), now);
		Lookups.Names names = lookups.names();
		model.addAttribute("record", shown(interview, names, now));
		model.addAttribute("correctable", correctable);
		if (correctable) {
			model.addAttribute("interviewForm", forms.correction(interview, sent));
		}
		model.addAttribute("history",
				records.history(id)
					.stream()
					.map(change -> new ShownChange(change.revision(), change.kind(), change.at(),
							names.displayName(change.by()),
							change.fields()
								.stream()
								.map(field -> "referralPartner".equals(field.field())
										? new InterviewStore.FieldChange(field.field(),
												partnerName(field.before(), names), partnerName(field.after(), names))
										: field)
								.toList()))
					.toList());
		return "counselling/interview";
	}

	private static String partnerName(String id, Lookups.Names names) {
		return id == null || id.isEmpty() ? id : names.partner(new PartnerId(Long.parseLong(id)));
	}

	private InterviewView shown(Interview interview, Lookups.Names names, Instant now) {
		return new InterviewView(interview, names.area(interview.area()), names.desk(interview.desk()),
				names.topics(interview.topics()), names.resources(interview.resources()),
				names.partner(interview.partner()), names.partner(interview.referralPartner()),
				interview.startedAt().atZone(clock.zone()), interview.correctableUntil().atZone(clock.zone()),
				interview.lockedAt(now));
	}

	private static VisitId visitId(String visit) {
		try {
			return new VisitId(Long.parseLong(visit == null ? "" : visit.trim()));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("counselling.form.visitMissing");
		}
	}

	private static long version(String version) {
		try {
			return Long.parseLong(version == null ? "" : version.trim());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("counselling.form.versionMissing");
		}
	}

	private static Long partnerId(String partner) {
		if (partner == null || partner.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(partner.trim());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("counselling.referralPartner.unknown",
					partner.length() > 40 ? partner.substring(0, 40) + "…" : partner);
		}
	}

	/**
	 * A change of the record's history with the name of who made it, and partners by
	 * name.
	 */
	record ShownChange(int revision, String kind, Instant at, String by, List<InterviewStore.FieldChange> fields) {
	}

}
