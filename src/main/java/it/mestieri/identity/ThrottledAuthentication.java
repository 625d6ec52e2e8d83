package it.mestieri.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import it.mestieri.shared.SecurityLog;

/**
 * Password login, for pages and the API, behind the {@link LoginThrottle}. A name no
 * account can have is refused before any look-up. A password verified in the last few
 * minutes is recognised from a keyed digest instead of a new BCrypt check, so an API
 * client that sends its credentials on every call and keeps no cookie costs microseconds,
 * not a hash per request; the {@link AccountCheck} drops an entry as soon as the account
 * changes.
 */
@Component
class ThrottledAuthentication extends DaoAuthenticationProvider {

	private static final Duration VERIFIED_KEPT = Duration.ofMinutes(5);

	private final LoginThrottle throttle;

	private final StaffDirectory staff;

	private final Cache<String, StaffPrincipal> verified = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(VERIFIED_KEPT)
		.build();

	private final SecretKeySpec digestKey;

	private final AtomicLong passwordChecks = new AtomicLong();

	ThrottledAuthentication(StaffDirectory staff, PasswordEncoder passwords, LoginThrottle throttle,
			MeterRegistry meters) {
		super(staff);
		setPasswordEncoder(passwords);
		this.throttle = throttle;
		this.staff = staff;
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.digestKey = new SecretKeySpec(key, "HmacSHA256");
		meters.more().counter("mestieri.login.password.checks", java.util.List.of(), passwordChecks);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String account = StaffDirectory.normalized(authentication.getName());
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		LoginThrottle.Wait wait = throttle.waitFor(account, address);
		if (wait.mustWait()) {
			SecurityLog.event("login.throttled", "user", known(account), "address", address, "seconds",
					wait.duration().toSeconds(), "slowdown", wait.slowedDown());
			throw new Throttled(wait);
		}
		if (!UsernameRule.valid(account)) {
			throttle.failedFrom(address);
			SecurityLog.event("login.failed", "user", "-", "address", address, "reason", "not-a-user-name");
			throw new BadCredentialsException("Bad credentials");
		}
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String key = account + "\n" + digest(password);
		StaffPrincipal recognised = verified.getIfPresent(key);
		if (recognised != null) {
			return UsernamePasswordAuthenticationToken.authenticated(recognised, null, recognised.getAuthorities());
		}
		try {
			passwordChecks.incrementAndGet();
			Authentication done = super.authenticate(authentication);
			throttle.succeeded(account, address);
			if (done.getPrincipal() instanceof StaffPrincipal principal) {
				verified.put(key, principal);
			}
			SecurityLog.event("login.succeeded", "user", account, "address", address);
			return done;
		}
		catch (BadCredentialsException | AccountStatusException ex) {
			throttle.failed(account, address);
			boolean exists = staff.findByUsername(account).isPresent();
			SecurityLog.event("login.failed", "user", exists ? account : "-", "address", address, "reason",
					!exists ? "unknown-user" : ex instanceof AccountStatusException ? "disabled" : "password");
			throw ex;
		}
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		StaffPrincipal kept = user instanceof StaffPrincipal staffPrincipal ? staffPrincipal.withoutPassword() : null;
		return super.createSuccessAuthentication(kept != null ? kept : principal, authentication,
				kept != null ? kept : user);
	}

	/** Forgets the verified passwords of an account, after it changed. */
	void forget(String username) {
		verified.asMap().keySet().removeIf(key -> key.startsWith(username + "\n"));
	}

	/** How many passwords were checked with the password hash (BCrypt), since start. */
	long passwordChecks() {
		return passwordChecks.get();
	}

	/**
	 * The name as typed only when it is an account's: a password typed in the name field
	 * stays out of the log.
	 */
	private String known(String account) {
		return UsernameRule.valid(account) && staff.findByUsername(account).isPresent() ? account : "-";
	}

	private String digest(String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(digestKey);
			return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** Too many failed logins: refused without looking at the password. */
	static final class Throttled extends AuthenticationException {

		private final transient LoginThrottle.Wait wait;

		Throttled(LoginThrottle.Wait wait) {
			super("Too many failed logins");
			this.wait = wait;
		}

		LoginThrottle.Wait waitFor() {
			return wait;
		}

	}

}
