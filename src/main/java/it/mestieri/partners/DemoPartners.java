package it.mestieri.partners;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.shared.DemoMode;

/**
 * Rome's partners, in demo mode only, after the demo centre (whose areas they serve) and
 * the demo accounts (whose counsellors they second).
 */
@Component
@Order(25)
class DemoPartners implements ApplicationRunner {

	/** The Città dei Mestieri di Roma opened in June 2009. */
	private static final LocalDate OPENING = LocalDate.of(2009, 6, 1);

	private final DemoMode demoMode;

	private final Partners partners;

	private final CentreDirectory centre;

	private final StaffDirectory staff;

	DemoPartners(DemoMode demoMode, Partners partners, CentreDirectory centre, StaffDirectory staff) {
		this.demoMode = demoMode;
		this.staff = staff;
		this.partners = partners;
		this.centre = centre;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || !partners.isEmpty()) {
			return;
		}
		PartnerId solco = add("Solco Roma", PartnerKind.SOCIAL_COOPERATIVE, "ORIENTAMENTO", "INCLUSIONE");
		PartnerId idea = add("Consorzio Idea Agenzia per il Lavoro", PartnerKind.EMPLOYMENT_AGENCY, "LAVORO");
		add("Associazione ANIMA – Unione degli Industriali e delle Imprese di Roma", PartnerKind.EMPLOYERS_ORGANISATION,
				"IMPRESA");
		add("Regione Lazio", PartnerKind.LOCAL_INSTITUTION, "FORMAZIONE");
		add("Provincia di Roma", PartnerKind.LOCAL_INSTITUTION, "FORMAZIONE");
		add("Comune di Roma – Municipio X", PartnerKind.LOCAL_INSTITUTION, "INCLUSIONE");
		add("ASL Roma 2", PartnerKind.HEALTH_AUTHORITY, "INCLUSIONE");
		add("Media locali (esempio)", PartnerKind.MEDIA);
		member("counsellor", idea, true);
		member("counsellor2", solco, false);
		member("partnercoord", solco, false);
	}

	private void member(String username, PartnerId partner, boolean namePublic) {
		staff.findByUsername(username).ifPresent(member -> partners.assign(member.id(), partner, namePublic));
	}

	private PartnerId add(String name, PartnerKind kind, String... areaCodes) {
		Set<AreaId> areas = Stream.of(areaCodes)
			.map(code -> centre.area(code).map(Area::id))
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.toSet());
		return partners.add(name, kind, null, null, null, areas, OPENING);
	}

}
