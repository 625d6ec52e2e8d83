package it.mestieri.reception;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.DeskId;
import it.mestieri.shared.CentreClock;

/**
 * The counsellor's desk page: what it shows, for reception's own controller and for a
 * module whose form on the page ({@link DeskFinishForm}) refused its input and shows the
 * page again.
 */
@Component
public class DeskPage {

	static final String VIEW = "reception/desk";

	private final DeskWork deskWork;

	private final Reception reception;

	private final CentreDirectory centre;

	private final ObjectProvider<DeskFinishForm> finishForms;

	private final ObjectProvider<DutyRoster> roster;

	private final CentreClock clock;

	DeskPage(DeskWork deskWork, Reception reception, CentreDirectory centre, ObjectProvider<DeskFinishForm> finishForms,
			ObjectProvider<DutyRoster> roster, CentreClock clock) {
		this.deskWork = deskWork;
		this.reception = reception;
		this.centre = centre;
		this.finishForms = finishForms;
		this.roster = roster;
		this.clock = clock;
	}

	/** Fills the model of the desk page and returns its view name. */
	public String show(DeskId id, Model model) {
		DeskView desk = deskWork.desk(id);
		boolean mine = deskWork.myDesk().map(m -> m.desk().id().equals(id)).orElse(false);
		model.addAttribute("desk", desk);
		model.addAttribute("mine", mine);
		DutyRoster duty = roster.getIfAvailable();
		model.addAttribute("offRota",
				mine && duty != null && !duty.onDuty(desk.holder().id(), desk.desk().id(), clock.now()));
		model.addAttribute("queue",
				reception.queues(desk.desk().site())
					.stream()
					.filter(queue -> queue.area().id().equals(desk.area().id()))
					.findFirst()
					.orElse(null));
		model.addAttribute("areas", centre.walkInAreas());
		model.addAttribute("outcomes", List.copyOf(Outcome.CHOSEN_AT_FINISH).stream().sorted().toList());
		model.addAttribute("referrals", Arrays.asList(ReferralDestination.values()));
		if (mine && desk.current() != null) {
			finishForms.ifAvailable(form -> {
				form.prepare(desk, model);
				model.addAttribute("finishForm", form.fragment());
			});
		}
		return VIEW;
	}

}
