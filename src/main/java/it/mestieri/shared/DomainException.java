package it.mestieri.shared;

import org.springframework.http.HttpStatus;

/**
 * A rule of the domain said no. Carries a message key and its arguments so that pages and
 * the API explain it in the user's language; mapped to a 4xx problem response.
 */
public class DomainException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	public DomainException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public static DomainException notFound(String messageKey, Object... arguments) {
		return new DomainException(HttpStatus.NOT_FOUND, messageKey, arguments);
	}

	public static DomainException conflict(String messageKey, Object... arguments) {
		return new DomainException(HttpStatus.CONFLICT, messageKey, arguments);
	}

	public static DomainException invalid(String messageKey, Object... arguments) {
		return new DomainException(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}

	public static DomainException forbidden(String messageKey, Object... arguments) {
		return new DomainException(HttpStatus.FORBIDDEN, messageKey, arguments);
	}

	/**
	 * An argument that is itself a message key, shown in the user's language (a status,
	 * an action).
	 */
	public static org.springframework.context.MessageSourceResolvable term(String messageKey) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(messageKey);
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
