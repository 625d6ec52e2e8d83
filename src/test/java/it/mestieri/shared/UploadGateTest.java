package it.mestieri.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiTestBase;

/**
 * A multipart body is read only once someone allowed to upload it is known: an upload to
 * an address that takes none, or by someone not allowed, is answered at once, while the
 * client is still sending. Each request declares 50 MB and sends a few bytes: an answer
 * means the server did not wait for the body.
 */
class UploadGateTest extends ApiTestBase {

	@Test
	void anAnonymousUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
		assertThat(answerToAnUploadSentHalfway("/api/v1/import/esco", null)).startsWith("HTTP/1.1 401");
		assertThat(answerToAnUploadSentHalfway("/resources/classification/import", null)).matches("HTTP/1.1 4\\d\\d.*");
	}

	@Test
	void anUploadBySomeoneNotAllowedIsRefusedBeforeItsBodyIsRead() throws Exception {
		assertThat(answerToAnUploadSentHalfway("/api/v1/import/esco", "reception")).startsWith("HTTP/1.1 403");
		assertThat(answerToAnUploadSentHalfway("/api/v1/agreements/1/documents", "counsellor"))
			.startsWith("HTTP/1.1 403");
	}

	@Test
	void aMultipartBodyToAnAddressThatTakesNoUploadIsRefusedUnread() throws Exception {
		assertThat(answerToAnUploadSentHalfway("/api/v1/visits", "reception")).startsWith("HTTP/1.1 415");
		assertThat(answerToAnUploadSentHalfway("/reception", "reception")).startsWith("HTTP/1.1 415");
		assertThat(answerToAnUploadSentHalfway("/login", null)).startsWith("HTTP/1.1 415");
	}

	@Test
	void theRefusalOfAMultipartBodySaysWhyInTheUsersLanguage() {
		var refused = api.as("reception")
			.inEnglish()
			.post("/api/v1/visits", "multipart/form-data; boundary=x",
					"--x\r\nContent-Disposition: form-data; name=\"area\"\r\n\r\nLAVORO\r\n--x--\r\n");

		assertThat(refused.status()).isEqualTo(415);
		assertThat(refused.text("$.detail"))
			.isEqualTo("No files are uploaded here: this address takes no forms with attachments (multipart).");
		assertThat(database.snapshot().visits()).isZero();
	}

	/**
	 * The status line answered to an upload that declares 50 MB and sends its first bytes
	 * only.
	 */
	private String answerToAnUploadSentHalfway(String path, String user) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
					+ "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 50000000\r\n");
			if (user != null) {
				head.append("Authorization: Basic ")
					.append(Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
					.append("\r\n");
			}
			head.append("\r\n--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.zip\"\r\n\r\nPK");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
				.readLine();
		}
		catch (SocketTimeoutException ex) {
			return "no answer within 10 s: the server was reading the body";
		}
	}

}
