package it.mestieri.reception;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Site;
import it.mestieri.centre.SiteId;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.Htmx;

/**
 * The pages anyone can open: home, the wait now, the hall display and the self check-in
 * kiosk.
 */
@Controller
class PublicPages {

	private final Reception reception;

	private final CentreDirectory centre;

	private final CentreClock clock;

	private final KioskLimiter limiter;

	private final ReceptionProperties rule;

	private final Opening opening;

	PublicPages(Reception reception, CentreDirectory centre, CentreClock clock, KioskLimiter limiter,
			ReceptionProperties rule, Opening opening) {
		this.opening = opening;
		this.reception = reception;
		this.centre = centre;
		this.clock = clock;
		this.limiter = limiter;
		this.rule = rule;
	}

	@GetMapping("/")
	String home(Model model) {
		List<Site> sites = centre.sites();
		model.addAttribute("sites", sites);
		model.addAttribute("openNow", openNow(sites));
		model.addAttribute("closedToday", closedToday(sites));
		model.addAttribute("areas", centre.walkInAreas());
		return "home";
	}

	@GetMapping("/wait")
	String waitNow(Model model, HttpServletRequest request) {
		List<Site> sites = centre.sites();
		Map<Long, List<QueueSummary>> queues = new HashMap<>();
		sites.forEach(site -> queues.put(site.id().value(), reception.queues(site.id())));
		model.addAttribute("sites", sites);
		model.addAttribute("queues", queues);
		model.addAttribute("openNow", openNow(sites));
		model.addAttribute("closedToday", closedToday(sites));
		model.addAttribute("nextOpening", nextOpening(sites));
		model.addAttribute("updatedAt", clock.localNow().toLocalTime().withNano(0));
		model.addAttribute("rule", rule);
		return Htmx.isRequest(request) ? "reception/wait :: queues" : "reception/wait";
	}

	@GetMapping("/board")
	String board(@RequestParam(required = false) Long site, Model model) {
		boardModel(site, model);
		return "reception/board";
	}

	@GetMapping("/board/panel")
	String boardPanel(@RequestParam(required = false) Long site, Model model) {
		boardModel(site, model);
		return "reception/board :: panel";
	}

	@GetMapping("/kiosk")
	String kiosk(@RequestParam(required = false) Long site, Model model) {
		Site chosen = reception.site(site == null ? null : new SiteId(site));
		kioskModel(chosen, model);
		return "reception/kiosk";
	}

	@PostMapping("/kiosk/tickets")
	String kioskTicket(@RequestParam(required = false) Long site, @RequestParam(required = false) String area,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		Site chosen = reception.site(site == null ? null : new SiteId(site));
		if (!opening.isOpenAt(chosen, now())) {
			Optional<String> closingDay = opening.closingDay(chosen, now().toLocalDate());
			throw closingDay.isPresent() ? DomainException.conflict("kiosk.closedToday", closingDay.get())
					: DomainException.conflict("kiosk.closed");
		}
		if (!limiter.tryIssue(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			kioskModel(chosen, model);
			model.addAttribute("tooMany", true);
			return "reception/kiosk";
		}
		VisitView visit = reception.checkIn(CheckIn.ofArea(chosen.id(), area), Channel.KIOSK);
		model.addAttribute("visit", visit);
		model.addAttribute("area", centre.area(visit.area()));
		model.addAttribute("site", chosen);
		return "reception/kiosk-ticket";
	}

	private void kioskModel(Site site, Model model) {
		LocalDateTime now = now();
		model.addAttribute("site", site);
		model.addAttribute("areas", centre.walkInAreas());
		model.addAttribute("open", opening.isOpenAt(site, now));
		model.addAttribute("closingDay", opening.closingDay(site, now.toLocalDate()).orElse(null));
		model.addAttribute("nextOpening", opening.nextOpening(site, now).orElse(null));
		model.addAttribute("closesAt", site.closesAt(now).orElse(null));
	}

	private void boardModel(Long site, Model model) {
		Site chosen = reception.site(site == null ? null : new SiteId(site));
		model.addAttribute("site", chosen);
		model.addAttribute("calls", reception.board(chosen.id()));
		model.addAttribute("queues", reception.queues(chosen.id()));
	}

	private Map<Long, Boolean> openNow(List<Site> sites) {
		Map<Long, Boolean> open = new HashMap<>();
		sites.forEach(site -> open.put(site.id().value(), opening.isOpenAt(site, now())));
		return open;
	}

	/** The reason of today's closing day, for each site closed all day. */
	private Map<Long, String> closedToday(List<Site> sites) {
		Map<Long, String> closed = new HashMap<>();
		sites.forEach(site -> opening.closingDay(site, now().toLocalDate())
			.ifPresent(reason -> closed.put(site.id().value(), reason)));
		return closed;
	}

	private Map<Long, LocalDateTime> nextOpening(List<Site> sites) {
		Map<Long, LocalDateTime> next = new HashMap<>();
		sites.forEach(site -> opening.nextOpening(site, now()).ifPresent(when -> next.put(site.id().value(), when)));
		return next;
	}

	private LocalDateTime now() {
		return clock.localNow().toLocalDateTime();
	}

}
