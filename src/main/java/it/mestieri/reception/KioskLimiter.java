package it.mestieri.reception;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Keeps the public kiosk from being flooded with tickets: a few a minute per network
 * address, and a ceiling for all addresses together. Buckets live in this node's memory;
 * a flood is a local matter and a restart forgives it.
 */
@Component
class KioskLimiter {

	private static final int MAX_ADDRESSES = 10_000;

	private final Map<String, Bucket> perAddress = new ConcurrentHashMap<>();

	private final Bucket overall;

	private final int perAddressPerMinute;

	KioskLimiter(ReceptionProperties properties) {
		this.perAddressPerMinute = properties.kioskTicketsPerMinutePerAddress();
		this.overall = bucket(properties.kioskTicketsPerMinute());
	}

	/** True when a ticket may be issued to that address now; consumes one token. */
	boolean tryIssue(String address) {
		if (perAddress.size() > MAX_ADDRESSES) {
			perAddress.clear();
		}
		Bucket bucket = perAddress.computeIfAbsent(address, key -> bucket(perAddressPerMinute));
		return bucket.tryConsume(1) && overall.tryConsume(1);
	}

	private static Bucket bucket(int perMinute) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}

}
