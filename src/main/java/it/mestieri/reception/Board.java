package it.mestieri.reception;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.reception.ReceptionEvents.TicketCalled;

/**
 * The hall display's live feed: each call, once committed, goes to every open display as
 * a server-sent event. Displays reconnect by themselves; a heartbeat keeps idle
 * connections open. Anyone may open one, so they are capped, in all and per address
 * ({@link ReceptionProperties}); over the cap the request is refused at once rather than
 * held. The subscribers are this node's; with several nodes the calls would cross them
 * through the database (see docs/architecture.md).
 */
@Component
class Board implements SmartLifecycle {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final Map<SseEmitter, String> displays = new ConcurrentHashMap<>();

	private final CentreDirectory centre;

	private final int maxFeeds;

	private final int maxFeedsPerAddress;

	private volatile boolean running;

	Board(CentreDirectory centre, ReceptionProperties properties) {
		this.centre = centre;
		this.maxFeeds = properties.boardFeeds();
		this.maxFeedsPerAddress = properties.boardFeedsPerAddress();
	}

	/** A new feed for a display at that address; {@link Full} when the cap is reached. */
	synchronized SseEmitter subscribe(String address) {
		if (displays.size() >= maxFeeds) {
			throw new Full(false);
		}
		if (displays.values().stream().filter(address::equals).count() >= maxFeedsPerAddress) {
			throw new Full(true);
		}
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		emitter.onCompletion(() -> displays.remove(emitter));
		emitter.onTimeout(() -> displays.remove(emitter));
		emitter.onError(error -> displays.remove(emitter));
		displays.put(emitter, address);
		send(emitter, SseEmitter.event().name("hello").data(Map.of("connected", true)).reconnectTime(3000));
		return emitter;
	}

	/** No feed left: for this address ({@code perAddress}) or for anyone. */
	static final class Full extends RuntimeException {

		private final boolean perAddress;

		Full(boolean perAddress) {
			super(null, null, false, false);
			this.perAddress = perAddress;
		}

		boolean perAddress() {
			return perAddress;
		}

	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(TicketCalled called) {
		String desk = centre.desk(called.desk()).name();
		var area = centre.area(called.area());
		Map<String, Object> data = Map.of("ticket", called.ticket(), "desk", desk, "area", area.code(), "colour",
				area.colour(), "site", called.site().value(), "recall", called.callCount() > 1);
		for (SseEmitter display : displays.keySet()) {
			send(display, SseEmitter.event().name("called").data(data, MediaType.APPLICATION_JSON));
		}
	}

	@Scheduled(fixedDelay = 20_000)
	void heartbeat() {
		for (SseEmitter display : displays.keySet()) {
			send(display, SseEmitter.event().comment("keep-alive"));
		}
	}

	@Override
	public void start() {
		running = true;
	}

	/**
	 * Closes the open displays first when the application stops (they reconnect to
	 * another node or after the restart): left open, they would hold the web server's
	 * graceful shutdown.
	 */
	@Override
	public void stop() {
		running = false;
		displays.keySet().forEach(SseEmitter::complete);
		displays.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	int subscribers() {
		return displays.size();
	}

	private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			displays.remove(emitter);
		}
	}

}
