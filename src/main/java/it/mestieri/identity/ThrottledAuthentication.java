package it.mestieri.identity;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Password login, for pages and the API, behind the {@link LoginThrottle}. */
@Component
class ThrottledAuthentication extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	ThrottledAuthentication(StaffDirectory staff, PasswordEncoder passwords, LoginThrottle throttle) {
		super(staff);
		setPasswordEncoder(passwords);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		if (throttle.blocked(username, address)) {
			throw new Throttled(throttle.window().toMinutes());
		}
		try {
			Authentication done = super.authenticate(authentication);
			throttle.succeeded(username);
			return done;
		}
		catch (BadCredentialsException ex) {
			throttle.failed(username, address);
			throw ex;
		}
	}

	/** Too many failed logins: refused without looking at the password. */
	static final class Throttled extends AuthenticationException {

		private final long minutes;

		Throttled(long minutes) {
			super("Too many failed logins");
			this.minutes = minutes;
		}

		long minutes() {
			return minutes;
		}
	}
}
