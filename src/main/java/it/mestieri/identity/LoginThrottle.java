package it.mestieri.identity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Slows password guessing: after a number of failed logins for one account, or from one
 * network address, within a window, further attempts are refused until the window has
 * passed, whether the password is right or not. A successful login clears the account's count.
 * Counts live in this node's memory: a guesser spread over several nodes gets a few more tries.
 */
@Component
class LoginThrottle {

	private static final int MAX_KEYS = 50_000;

	private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
	private final int perAccount;
	private final int perAddress;
	private final Duration window;

	LoginThrottle(@Value("${mestieri.login.max-failures-per-account:5}") int perAccount,
			@Value("${mestieri.login.max-failures-per-address:20}") int perAddress,
			@Value("${mestieri.login.failure-window:15m}") Duration window) {
		this.perAccount = perAccount;
		this.perAddress = perAddress;
		this.window = window;
	}

	boolean blocked(String username, String address) {
		return exhausted(accounts, key(username)) || exhausted(addresses, address);
	}

	void failed(String username, String address) {
		bucket(accounts, key(username), perAccount).tryConsume(1);
		bucket(addresses, address, perAddress).tryConsume(1);
	}

	void succeeded(String username) {
		accounts.remove(key(username));
	}

	Duration window() {
		return window;
	}

	private static boolean exhausted(Map<String, Bucket> buckets, String key) {
		Bucket bucket = key == null ? null : buckets.get(key);
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
		if (buckets.size() > MAX_KEYS) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(key == null ? "" : key, ignored -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
			.build());
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase();
	}
}
