package it.mestieri.partners;

import java.util.Optional;

import org.springframework.stereotype.Component;

import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffMember;
import it.mestieri.identity.StaffRole;
import it.mestieri.shared.DomainException;

/**
 * What the member of staff of the current request may see of partners and agreements. The
 * coordinator sees everything; a partner coordinator only their own partner and the
 * agreements it is a party to: anything else is answered as unknown (404), so that its
 * existence is not told.
 */
@Component
class PartnerScope {

	/**
	 * Stands for "no partner": a partner coordinator who belongs to none sees nothing.
	 */
	private static final PartnerId NONE = new PartnerId(-1);

	private final StaffDirectory staff;

	private final Partners partners;

	PartnerScope(StaffDirectory staff, Partners partners) {
		this.staff = staff;
		this.partners = partners;
	}

	/** The only partner the current user may see, or empty when they may see all. */
	Optional<PartnerId> restriction() {
		StaffMember member = staff.requireCurrent();
		if (member.has(StaffRole.COORDINATOR)) {
			return Optional.empty();
		}
		return Optional.of(partners.membership(member.id()).map(PartnerMember::partner).orElse(NONE));
	}

	boolean mayWrite() {
		return staff.current().map(member -> member.has(StaffRole.COORDINATOR)).orElse(false);
	}

	boolean maySee(PartnerId partner) {
		return restriction().map(partner::equals).orElse(true);
	}

	boolean maySee(Agreement agreement) {
		return restriction().map(agreement::hasParty).orElse(true);
	}

	/**
	 * The partner, if the current user may see it; otherwise a 404 as for a partner that
	 * does not exist.
	 */
	Partner partner(PartnerId id) {
		if (!maySee(id)) {
			throw DomainException.notFound("partners.unknown", String.valueOf(id.value()));
		}
		return partners.partner(id);
	}

	Agreement agreement(Agreement agreement) {
		if (!maySee(agreement)) {
			throw DomainException.notFound("partners.agreement.unknown", String.valueOf(agreement.id().value()));
		}
		return agreement;
	}

}
