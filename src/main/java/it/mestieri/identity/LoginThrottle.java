package it.mestieri.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows password guessing without handing the guesser a way to lock the owner out.
 * <ul>
 * <li>Failures of one account from one address: after a few, that address may not try
 * that account again until the window has passed. The owner at another desk is not
 * affected.</li>
 * <li>Failures from one address, whatever the accounts: after more, the address is
 * blocked.</li>
 * <li>Failures of one account from anywhere: past a number, each further try must wait
 * longer (1 s, 2 s, 4 s… up to a ceiling): guessing from many addresses slows to a crawl,
 * but nobody is locked out, and an address the account logged in from before is not
 * slowed at all.</li>
 * </ul>
 * Counters live in bounded caches. A counter that reached its limit moves to a cache of
 * its own, which only counters at their limit can fill: flooding the throttle with new
 * names or addresses evicts other one-off counters, never the block or slowdown of the
 * account under attack. They are per node.
 */
@Component
class LoginThrottle {

	static final int MAX_ENTRIES = 100_000;

	private static final Duration KNOWN_ADDRESS_KEPT = Duration.ofDays(30);

	private final Clock clock;

	private final int perPair;

	private final int perAddress;

	private final int accountFailuresBeforeSlowdown;

	private final Duration longestDelay;

	private final Duration window;

	private final Counters pairs;

	private final Counters addresses;

	private final Counters accounts;

	private final Cache<String, Boolean> knownAddresses;

	@Autowired
	LoginThrottle(@Value("${mestieri.login.max-failures-per-account:5}") int perPair,
			@Value("${mestieri.login.max-failures-per-address:20}") int perAddress,
			@Value("${mestieri.login.account-failures-before-slowdown:10}") int accountFailuresBeforeSlowdown,
			@Value("${mestieri.login.longest-delay:5m}") Duration longestDelay,
			@Value("${mestieri.login.failure-window:15m}") Duration window) {
		this(perPair, perAddress, accountFailuresBeforeSlowdown, longestDelay, window, Clock.systemUTC(), MAX_ENTRIES);
	}

	LoginThrottle(int perPair, int perAddress, int accountFailuresBeforeSlowdown, Duration longestDelay,
			Duration window, Clock clock, int maxEntries) {
		this.perPair = perPair;
		this.perAddress = perAddress;
		this.accountFailuresBeforeSlowdown = accountFailuresBeforeSlowdown;
		this.longestDelay = longestDelay;
		this.window = window;
		this.clock = clock;
		this.pairs = new Counters(perPair, maxEntries);
		this.addresses = new Counters(perAddress, maxEntries);
		this.accounts = new Counters(accountFailuresBeforeSlowdown, maxEntries);
		this.knownAddresses = cache(KNOWN_ADDRESS_KEPT, maxEntries);
	}

	private <V> Cache<String, V> cache(Duration expiry, int maxEntries) {
		return Caffeine.newBuilder()
			.maximumSize(maxEntries)
			.expireAfterWrite(expiry)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
	}

	/**
	 * How long this account must wait before trying again from this address; zero when it
	 * may try now.
	 */
	Wait waitFor(String account, String address) {
		Instant now = clock.instant();
		Failures pair = pairs.get(pair(account, address));
		if (pair != null && pair.count(now, window) >= perPair) {
			return new Wait(pair.remaining(now, window), false);
		}
		Failures fromAddress = addresses.get(address(address));
		if (fromAddress != null && fromAddress.count(now, window) >= perAddress) {
			return new Wait(fromAddress.remaining(now, window), false);
		}
		Failures ofAccount = accounts.get(account);
		if (ofAccount != null && knownAddresses.getIfPresent(pair(account, address)) == null) {
			int over = ofAccount.count(now, window) - accountFailuresBeforeSlowdown;
			if (over >= 0) {
				Duration doubling = Duration.ofSeconds(1L << Math.min(over, 30));
				Instant ready = ofAccount.last().plus(doubling.compareTo(longestDelay) > 0 ? longestDelay : doubling);
				if (now.isBefore(ready)) {
					return new Wait(Duration.between(now, ready), true);
				}
			}
		}
		return Wait.NONE;
	}

	/** A wrong password (or a disabled account) for an account name. */
	void failed(String account, String address) {
		Instant now = clock.instant();
		pairs.add(pair(account, address), now);
		accounts.add(account, now);
		failedFrom(address);
	}

	/** A login with a name no account can have: only the address is counted. */
	void failedFrom(String address) {
		Instant now = clock.instant();
		addresses.add(address(address), now);
	}

	/**
	 * The account's failures from this address are forgotten and the address is known to
	 * be the owner's. The account's failures from elsewhere stay: the owner's logins must
	 * not reset a guesser's slowdown.
	 */
	void succeeded(String account, String address) {
		pairs.forget(pair(account, address));
		knownAddresses.put(pair(account, address), Boolean.TRUE);
	}

	private static String pair(String account, String address) {
		return account + "|" + address(address);
	}

	private static String address(String address) {
		return address == null ? "" : address;
	}

	/**
	 * Failure counters of one kind: counting ones, and those that reached the limit, kept
	 * apart.
	 */
	private final class Counters {

		private final int limit;

		private final Cache<String, Failures> counting;

		private final Cache<String, Failures> atLimit;

		Counters(int limit, int maxEntries) {
			this.limit = limit;
			this.counting = cache(window, maxEntries);
			this.atLimit = cache(window, maxEntries);
		}

		Failures get(String key) {
			Failures reached = atLimit.getIfPresent(key);
			return reached != null ? reached : counting.getIfPresent(key);
		}

		void add(String key, Instant now) {
			if (atLimit.asMap().computeIfPresent(key, (k, failures) -> Failures.add(failures, now, window)) != null) {
				return;
			}
			Failures counted = counting.asMap().compute(key, (k, failures) -> Failures.add(failures, now, window));
			if (counted.count() >= limit) {
				atLimit.put(key, counted);
				counting.invalidate(key);
			}
		}

		void forget(String key) {
			atLimit.invalidate(key);
			counting.invalidate(key);
		}

	}

	/**
	 * How long to wait; {@code slowedDown} when only the account's slowdown applies, not
	 * a block.
	 */
	record Wait(Duration duration, boolean slowedDown) {

		static final Wait NONE = new Wait(Duration.ZERO, false);

		boolean mustWait() {
			return !duration.isNegative() && !duration.isZero();
		}
	}

	/** Failures counted from the first one in the window. */
	record Failures(int count, Instant first, Instant last) {

		static Failures add(Failures failures, Instant now, Duration window) {
			if (failures == null || failures.expired(now, window)) {
				return new Failures(1, now, now);
			}
			return new Failures(failures.count + 1, failures.first, now);
		}

		int count(Instant now, Duration window) {
			return expired(now, window) ? 0 : count;
		}

		Duration remaining(Instant now, Duration window) {
			return Duration.between(now, first.plus(window));
		}

		private boolean expired(Instant now, Duration window) {
			return !now.isBefore(first.plus(window));
		}
	}

}
