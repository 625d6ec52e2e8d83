package it.mestieri.counselling;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Topic;
import it.mestieri.partners.Partners;
import it.mestieri.reception.DeskFinishForm;
import it.mestieri.reception.DeskView;
import it.mestieri.reception.Outcome;
import it.mestieri.reception.ReferralDestination;
import it.mestieri.reception.VisitStatus;
import it.mestieri.shared.CentreClock;

/**
 * The interview form, on the desk page in place of the plain finish form, and on a
 * record's page.
 */
@Component
class InterviewForms implements DeskFinishForm {

	static final String DRAFT = "interviewDraft";

	private final CentreDirectory centre;

	private final Handouts resources;

	private final Partners partners;

	private final Lookups lookups;

	private final CentreClock clock;

	InterviewForms(CentreDirectory centre, Handouts resources, Partners partners, Lookups lookups, CentreClock clock) {
		this.centre = centre;
		this.resources = resources;
		this.partners = partners;
		this.lookups = lookups;
		this.clock = clock;
	}

	@Override
	public String fragment() {
		return "counselling/interview-form :: form";
	}

	@Override
	public void prepare(DeskView desk, Model model) {
		InterviewForm.Draft draft = model.getAttribute(DRAFT) instanceof InterviewForm.Draft sent ? sent
				: InterviewForm.Draft.empty();
		Area area = desk.area();
		model.addAttribute("interviewForm",
				new InterviewForm(desk.current().id().value(), desk.current().status() == VisitStatus.IN_PROGRESS, area,
						centre.topics(area.id()), resources.offeredIn(area.id()),
						List.copyOf(Outcome.CHOSEN_AT_FINISH).stream().sorted().toList(),
						Arrays.asList(ReferralDestination.values()), partners.activeOn(clock.today()), draft));
	}

	/**
	 * The correction form of a record: its area's choices, and the resources it already
	 * has even if withdrawn.
	 */
	InterviewForm correction(Interview interview, InterviewForm.Draft sent) {
		Lookups.Names names = lookups.names();
		Area area = names.area(interview.area());
		List<Handout> offered = new java.util.ArrayList<>(resources.offeredIn(area.id()));
		for (Handout kept : names.resources(interview.resources())) {
			if (offered.stream().noneMatch(resource -> resource.id().equals(kept.id()))) {
				offered.add(kept);
			}
		}
		InterviewForm.Draft draft = sent != null ? sent : draftOf(interview, names);
		return new InterviewForm(interview.visit().value(), false, area, centre.topics(area.id()), offered,
				List.of(interview.outcome()), Arrays.asList(ReferralDestination.values()),
				partners.activeOn(clock.today()), draft);
	}

	private static InterviewForm.Draft draftOf(Interview interview, Lookups.Names names) {
		Set<String> topics = names.topics(interview.topics()).stream().map(Topic::code).collect(Collectors.toSet());
		Set<String> kept = names.resources(interview.resources())
			.stream()
			.map(Handout::code)
			.collect(Collectors.toSet());
		return new InterviewForm.Draft(interview.outcome().name(), topics, kept,
				interview.referral() == null ? "" : interview.referral().name(),
				interview.referralPartner() == null ? "" : String.valueOf(interview.referralPartner().value()),
				interview.followUpSuggested());
	}

}
