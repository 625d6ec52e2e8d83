package it.mestieri.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

import it.mestieri.shared.SecurityLog;

/**
 * At each request of a logged-in person, whether the login still holds: an account
 * disabled, a role removed or a password reset since the login (the account's epoch moved
 * on) ends the session or the verified API credentials at once, on every node, since the
 * account is read from the database. A person whose password an administrator reset
 * reaches only the page to choose a new one.
 */
final class AccountCheck extends OncePerRequestFilter {

	/** What to answer a person who must first choose a new password. */
	interface ChangeRequired {

		void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

	private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

	private final StaffDirectory staff;

	private final ThrottledAuthentication credentials;

	private final ChangeRequired changeRequired;

	AccountCheck(StaffDirectory staff, ThrottledAuthentication credentials, ChangeRequired changeRequired) {
		this.staff = staff;
		this.credentials = credentials;
		this.changeRequired = changeRequired;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal login) {
			Optional<AccountState> state = staff.state(login.member().id());
			if (stale(login, state) && request.getSession(false) == null) {
				// A Basic call recognised from a verification made before the account
				// changed: check the
				// password itself again rather than refuse a client whose password may
				// still be right.
				credentials.forget(login.getUsername());
				login = checkedAgain(request);
				state = login == null ? Optional.empty() : staff.state(login.member().id());
			}
			if (login == null || stale(login, state)) {
				end(request, authentication.getName());
			}
			else if (state.get().passwordChangeRequired() && !reachableWhileChangeRequired(request)) {
				changeRequired.answer(request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean stale(StaffPrincipal login, Optional<AccountState> state) {
		return state.isEmpty() || !state.get().enabled() || state.get().sessionEpoch() != login.sessionEpoch();
	}

	private StaffPrincipal checkedAgain(HttpServletRequest request) {
		try {
			UsernamePasswordAuthenticationToken basic = BASIC.convert(request);
			Authentication again = basic == null ? null : credentials.authenticate(basic);
			if (again != null && again.getPrincipal() instanceof StaffPrincipal login) {
				SecurityContextHolder.getContext().setAuthentication(again);
				return login;
			}
		}
		catch (AuthenticationException ex) {
			// refused: the request goes on without a login
		}
		return null;
	}

	/** Files of the pages: no account look-up for each. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return staticFile(path(request));
	}

	private void end(HttpServletRequest request, String username) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		credentials.forget(username);
		SecurityLog.event("session.ended", "user", username, "reason", "account changed");
	}

	private static boolean reachableWhileChangeRequired(HttpServletRequest request) {
		String path = path(request);
		return path.equals(PasswordPages.PATH) || path.equals("/logout") || path.equals("/error") || staticFile(path);
	}

	private static boolean staticFile(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/img/") || path.equals("/favicon.ico");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
