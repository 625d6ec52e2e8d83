package it.mestieri.shared.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import it.mestieri.shared.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error as an RFC 9457 problem in the request's language. Framework errors take
 * their text from the {@code problemDetail.*} keys of the message bundles.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		return problem(ex.status(), text(ex.messageKey(), ex.arguments()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST,
				text("problem.wrongValue", ex.getName(), expected(ex.getRequiredType())));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, text("problem.concurrentChange"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		log.info("Request refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, text("problem.conflict"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.internal"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		String detail = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> error.getField() + ": " + messages.getMessage(error, locale))
			.collect(Collectors.joining("; "));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("problem.invalidFields", detail));
		body.setTitle(text("problem.title.400"));
		body.setProperty("errors", ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.collect(Collectors.toMap(FieldError::getField, error -> messages.getMessage(error, locale), (a, b) -> a)));
		return ResponseEntity.badRequest().body(body);
	}

	/**
	 * An unknown field gets named, so the caller knows what to remove; any other
	 * unreadable body a general message.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof UnrecognizedPropertyException unknown) {
			return badRequest(text("problem.unknownField", unknown.getPropertyName()));
		}
		MismatchedInputException mismatch = mismatch(ex);
		if (mismatch != null && !mismatch.getPath().isEmpty()) {
			return badRequest(
					text("problem.wrongValue", field(mismatch.getPath()), expected(mismatch.getTargetType())));
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	private ResponseEntity<Object> badRequest(String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		body.setTitle(text("problem.title.400"));
		return ResponseEntity.badRequest().body(body);
	}

	/**
	 * A value of the wrong kind in a JSON body (a date that is not one, a word for a
	 * number).
	 */
	private static MismatchedInputException mismatch(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch) {
				return mismatch;
			}
		}
		return null;
	}

	/** The field as the caller wrote it: {@code counsellors[1]}, {@code address.city}. */
	private static String field(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference step : path) {
			if (step.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
			}
			else if (step.getIndex() >= 0) {
				field.append('[').append(step.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	/** What the field takes, said for a person. */
	private String expected(Class<?> type) {
		if (type == null) {
			return text("problem.expected.other");
		}
		if (type == LocalDate.class) {
			return text("problem.expected.date");
		}
		if (type == LocalTime.class) {
			return text("problem.expected.time");
		}
		if (type.isEnum()) {
			return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) {
			return text("problem.expected.number");
		}
		if (type == Boolean.class || type == boolean.class) {
			return text("problem.expected.boolean");
		}
		if (type == String.class) {
			return text("problem.expected.text");
		}
		if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
			return text("problem.expected.list");
		}
		return text("problem.expected.other");
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(text("problem.title." + status.value()));
		return ResponseEntity.status(status).body(body);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
