package it.mestieri.testing;

import java.net.http.HttpHeaders;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;

/** An answer of the API, with JSON paths to read its body. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

	public String contentType() {
		return headers.firstValue("Content-Type").orElse("");
	}

	public <T> T read(String path) {
		try {
			return JsonPath.read(body, path);
		}
		catch (PathNotFoundException | IllegalArgumentException ex) {
			throw new AssertionError("No " + path + " in " + this, ex);
		}
	}

	public String text(String path) {
		Object value = read(path);
		return value == null ? null : value.toString();
	}

	public long number(String path) {
		Object value = read(path);
		if (!(value instanceof Number number)) {
			throw new AssertionError(path + " is not a number in " + this);
		}
		return number.longValue();
	}

	public <T> List<T> list(String path) {
		return read(path);
	}

	public long id() {
		return number("$.id");
	}

	@Override
	public String toString() {
		return status + " " + contentType() + " " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
	}
}
