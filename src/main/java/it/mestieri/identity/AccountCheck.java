package it.mestieri.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import it.mestieri.shared.SecurityLog;

/**
 * At each request of a logged-in person, whether the login still holds: an account disabled, a
 * role removed or a password reset since the login (the account's epoch moved on) ends the session
 * or the verified API credentials at once, on every node, since the account is read from the
 * database. A person whose password an administrator reset reaches only the page to choose a new one.
 */
final class AccountCheck extends OncePerRequestFilter {

	/** What to answer a person who must first choose a new password. */
	interface ChangeRequired {
		void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
	}

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
			if (state.isEmpty() || !state.get().enabled() || state.get().sessionEpoch() != login.sessionEpoch()) {
				end(request, login);
			}
			else if (state.get().passwordChangeRequired() && !reachableWhileChangeRequired(request)) {
				changeRequired.answer(request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** Files of the pages: no account look-up for each. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return staticFile(path(request));
	}

	private void end(HttpServletRequest request, StaffPrincipal login) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		credentials.forget(login.getUsername());
		SecurityLog.event("session.ended", "user", login.getUsername(), "reason", "account changed");
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
