package it.mestieri.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What htmx tells the server about a request, read in one place: whether htmx sent it (a
 * page part is enough then), and the status that stops its polling.
 */
public final class Htmx {

	/**
	 * The status that makes htmx stop polling an address ({@code hx-trigger="every …"}).
	 */
	public static final int STOP_POLLING = 286;

	private Htmx() {
	}

	public static boolean isRequest(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}

}
