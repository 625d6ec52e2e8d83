package it.mestieri.partners;

import org.springframework.http.HttpStatus;

import it.mestieri.shared.DomainException;

/**
 * Someone else saved the agreement since it was read: the change is refused (409) and
 * carries the agreement as it is now, so that the page can show it beside what this user
 * typed.
 */
final class AgreementChanged extends DomainException {

	private final transient Agreement current;

	AgreementChanged(Agreement current) {
		super(HttpStatus.CONFLICT, "partners.agreement.changed", current.title(), current.id().value());
		this.current = current;
	}

	Agreement current() {
		return current;
	}

}
