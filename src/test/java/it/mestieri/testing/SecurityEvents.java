package it.mestieri.testing;

import java.util.List;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The lines the security log writes while it is open:
 * {@code try (SecurityEvents events = SecurityEvents.capture())}.
 */
public final class SecurityEvents implements AutoCloseable {

	private final Logger logger = (Logger) LoggerFactory.getLogger("mestieri.security");

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private SecurityEvents() {
		appender.start();
		logger.addAppender(appender);
	}

	public static SecurityEvents capture() {
		return new SecurityEvents();
	}

	public List<String> lines() {
		synchronized (appender.list) {
			return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		}
	}

	@Override
	public void close() {
		logger.detachAppender(appender);
		appender.stop();
	}

}
