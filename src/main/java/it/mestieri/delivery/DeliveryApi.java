package it.mestieri.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.delivery.DeliveryReport.Status;
import it.mestieri.delivery.DeliveryReport.Totals;
import it.mestieri.partners.CommitmentKind;
import it.mestieri.partners.PartnerId;
import it.mestieri.shared.CentreClock;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Delivery", description = "What partners committed to against what they delivered")
class DeliveryApi {

	private final Delivery delivery;

	private final CentreClock clock;

	private final CentreDirectory centre;

	DeliveryApi(Delivery delivery, CentreClock clock, CentreDirectory centre) {
		this.delivery = delivery;
		this.clock = clock;
		this.centre = centre;
	}

	@GetMapping("/partners/{id}/delivery")
	@Operation(
			summary = "Committed against delivered for one partner and period (coordinator; a partner coordinator "
					+ "only for their own partner)",
			description = "Counsellor hours committed (pro rata for the period) "
					+ "against the hours on the rota and worked at the desks; money, documentation, premises and "
					+ "other resources against the contributions recorded; workshops against the workshop "
					+ "events the partner organised. Without from and to: the current quarter.")
	DeliveryResponse delivery(@PathVariable long id,
			@Parameter(description = "First day, ISO 8601 (2026-10-01)") @RequestParam(required = false) String from,
			@Parameter(description = "Last day, included") @RequestParam(required = false) String to) {
		ReportPeriod period = ReportPeriod.of(from, to, clock.today());
		DeliveryReport report = delivery.report(new PartnerId(id), period.from(), period.to());
		return new DeliveryResponse(report.partner().value(), report.partnerName(), report.from(), report.to(),
				report.asOf(), report.shortfalls(),
				report.lines()
					.stream()
					.map(line -> new LineResponse(line.kind(), areaCode(line.area()), line.unit(), line.commitments(),
							line.committed(), line.expectedToDate(), line.scheduled(), line.delivered(), line.percent(),
							line.status()))
					.toList(),
				report.counsellors()
					.stream()
					.map(activity -> new CounsellorResponse(activity.name(), areaCode(activity.area()),
							activity.scheduledHours(), activity.workedHours(), activity.interviews(),
							activity.interviewMinutes()))
					.toList(),
				report.partnerTotals(), report.centreTotals());
	}

	private String areaCode(AreaId area) {
		return area == null ? null : centre.area(area).code();
	}

	record DeliveryResponse(long partnerId, String partnerName, LocalDate from, LocalDate to, LocalDate asOf,
			long shortfalls, List<LineResponse> lines, List<CounsellorResponse> counsellors, Totals partnerTotals,
			Totals centreTotals) {
	}

	record LineResponse(CommitmentKind kind, String area, String unit, List<DeliveryReport.Commitment> commitments,
			BigDecimal committed, BigDecimal expectedToDate, BigDecimal scheduled, BigDecimal delivered,
			Integer percent, Status status) {
	}

	record CounsellorResponse(String name, String area, BigDecimal scheduledHours, BigDecimal workedHours,
			long interviews, long interviewMinutes) {
	}

}
