package it.mestieri.testing;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A hall display connected to the board's event stream: collects the server-sent events
 * in the background so that a test can wait for the next one.
 */
public final class BoardListener implements AutoCloseable {

	/** One server-sent event: its name and its data. */
	public record Event(String name, String data) {
	}

	private final Stream<String> lines;

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final Thread reader;

	public BoardListener(Stream<String> lines) {
		this.lines = lines;
		this.reader = new Thread(this::read, "board-listener");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void read() {
		String name = "message";
		StringBuilder data = new StringBuilder();
		try {
			for (String line : (Iterable<String>) lines::iterator) {
				if (line.isEmpty()) {
					if (!data.isEmpty()) {
						events.add(new Event(name, data.toString()));
					}
					name = "message";
					data.setLength(0);
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).trim();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5));
				}
			}
		}
		catch (RuntimeException ex) {
			// the stream was closed
		}
	}

	/** The next event with that name, skipping others; fails after the timeout. */
	public Event next(String name, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (event == null) {
				throw new AssertionError("No '" + name + "' event on the board within " + timeout);
			}
			if (event.name().equals(name)) {
				return event;
			}
		}
	}

	@Override
	public void close() {
		lines.close();
		reader.interrupt();
	}

}
