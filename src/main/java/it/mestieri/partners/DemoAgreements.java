package it.mestieri.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DemoMode;

/**
 * In demo mode only, after the demo partners: one agreement marked as an example, in
 * force from the start of this year to the end of the next, with plausible commitments.
 * The figures are illustrations, not the real agreement's.
 */
@Component
@Order(26)
class DemoAgreements implements ApplicationRunner {

	static final String TITLE = "Protocollo d'intesa Città dei Mestieri di Roma (esempio)";

	private final DemoMode demoMode;

	private final Agreements agreements;

	private final Partners partners;

	private final CentreDirectory centre;

	private final CentreClock clock;

	DemoAgreements(DemoMode demoMode, Agreements agreements, Partners partners, CentreDirectory centre,
			CentreClock clock) {
		this.demoMode = demoMode;
		this.agreements = agreements;
		this.partners = partners;
		this.centre = centre;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || !agreements.all().isEmpty()) {
			return;
		}
		Map<String, PartnerId> byName = partners.all().stream().collect(Collectors.toMap(Partner::name, Partner::id));
		PartnerId solco = byName.get("Solco Roma");
		PartnerId idea = byName.get("Consorzio Idea Agenzia per il Lavoro");
		PartnerId regione = byName.get("Regione Lazio");
		if (solco == null || idea == null || regione == null) {
			return;
		}
		LocalDate from = clock.today().withDayOfYear(1);
		LocalDate to = from.plusYears(2).minusDays(1);
		AgreementId id = agreements
			.create(new Agreements.Draft(TITLE, from, from, to, true, from, List.of(solco, idea, regione)));
		Map<String, AreaId> areas = centre.areas().stream().collect(Collectors.toMap(Area::code, Area::id));
		hours(id, idea, "12", areas.get("LAVORO"));
		hours(id, solco, "12", areas.get("ORIENTAMENTO"));
		hours(id, solco, "6", areas.get("INCLUSIONE"));
		add(id, solco, CommitmentKind.WORKSHOPS, "2", "laboratori", CommitmentPeriod.QUARTER,
				"Laboratori su curriculum e colloquio (esempio)");
		add(id, regione, CommitmentKind.MONEY, "40000", "€", CommitmentPeriod.YEAR,
				"Contributo alle spese di funzionamento (importo di esempio)");
		add(id, regione, CommitmentKind.DOCUMENTATION, "1", "catalogo", CommitmentPeriod.YEAR,
				"Catalogo aggiornato dell'offerta formativa regionale (esempio)");
	}

	private void hours(AgreementId id, PartnerId partner, String hours, AreaId area) {
		if (area != null) {
			agreements.addCommitment(id, new Agreements.NewCommitment(partner, CommitmentKind.COUNSELLOR_HOURS,
					new BigDecimal(hours), "h", CommitmentPeriod.WEEK, area, null));
		}
	}

	private void add(AgreementId id, PartnerId partner, CommitmentKind kind, String quantity, String unit,
			CommitmentPeriod period, String description) {
		agreements.addCommitment(id,
				new Agreements.NewCommitment(partner, kind, new BigDecimal(quantity), unit, period, null, description));
	}

}
