package it.mestieri.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.partners.PartnerId;
import it.mestieri.shared.CentreClock;

/**
 * Committed versus delivered for the coordinator (every partner) and a partner's
 * coordinator (their own partner beside the centre's totals), on screen and as CSV.
 */
@Controller
class DeliveryPages {

	private final Delivery delivery;

	private final DeliveryCsv csv;

	private final CentreDirectory centre;

	private final CentreClock clock;

	DeliveryPages(Delivery delivery, DeliveryCsv csv, CentreDirectory centre, CentreClock clock) {
		this.delivery = delivery;
		this.csv = csv;
		this.centre = centre;
		this.clock = clock;
	}

	@GetMapping("/delivery")
	String overview(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model) {
		ReportPeriod period = ReportPeriod.of(from, to, clock.today());
		Optional<PartnerId> own = delivery.restriction();
		if (own.isPresent()) {
			return "redirect:/delivery/partners/" + own.get().value() + "?from=" + period.from() + "&to=" + period.to();
		}
		List<DeliveryReport> reports = delivery.reports(period.from(), period.to());
		model.addAttribute("reports", reports);
		model.addAttribute("centreTotals", reports.isEmpty() ? null : reports.get(0).centreTotals());
		return page(model, period, "delivery/overview");
	}

	@GetMapping("/delivery/partners/{id}")
	String partner(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		ReportPeriod period = ReportPeriod.of(from, to, clock.today());
		model.addAttribute("report", delivery.report(new PartnerId(id), period.from(), period.to()));
		model.addAttribute("restricted", delivery.restriction().isPresent());
		return page(model, period, "delivery/partner");
	}

	@GetMapping("/delivery/export.csv")
	ResponseEntity<byte[]> exportAll(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		ReportPeriod period = ReportPeriod.of(from, to, clock.today());
		Optional<PartnerId> own = delivery.restriction();
		List<DeliveryReport> reports = own.isPresent() ? List.of(delivery.report(own.get(), period.from(), period.to()))
				: delivery.reports(period.from(), period.to());
		return csv("delivery-" + period.from() + "-" + period.to() + ".csv", csv.write(reports, locale));
	}

	@GetMapping("/delivery/partners/{id}/export.csv")
	ResponseEntity<byte[]> exportPartner(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		ReportPeriod period = ReportPeriod.of(from, to, clock.today());
		DeliveryReport report = delivery.report(new PartnerId(id), period.from(), period.to());
		return csv("delivery-" + id + "-" + period.from() + "-" + period.to() + ".csv",
				csv.write(List.of(report), locale));
	}

	private String page(Model model, ReportPeriod period, String view) {
		model.addAttribute("period", period);
		model.addAttribute("choices", ReportPeriod.choices(clock.today()));
		model.addAttribute("areaNames",
				centre.areas()
					.stream()
					.collect(Collectors.toMap(Area::id, area -> area.name(LocaleContextHolder.getLocale()))));
		return view;
	}

	private static ResponseEntity<byte[]> csv(String fileName, byte[] body) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
