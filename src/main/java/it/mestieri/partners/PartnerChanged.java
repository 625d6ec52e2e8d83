package it.mestieri.partners;

import org.springframework.http.HttpStatus;

import it.mestieri.shared.DomainException;

/**
 * Someone else saved the partner's details since they were read: the change is refused
 * (409) and carries the partner as it is now, so that the page can show it beside what
 * this user typed.
 */
final class PartnerChanged extends DomainException {

	private final transient Partner current;

	PartnerChanged(Partner current) {
		super(HttpStatus.CONFLICT, "partners.changed", current.name());
		this.current = current;
	}

	Partner current() {
		return current;
	}

}
