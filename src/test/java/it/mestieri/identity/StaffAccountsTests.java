package it.mestieri.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;

/**
 * Accounts as a real office changes them: a look-alike name never reaches an account;
 * passwords BCrypt cannot take are refused with a message; disabling, removing a role or
 * resetting a password ends the person's sessions and API logins at once; after a reset
 * the person must choose a new password; their own change needs the current one; a
 * disabled person's calendar feed stops; the demo seeding never touches an account it did
 * not create.
 */
abstract class StaffAccountsTests extends ApiTestBase {

	static final String FIRST = "first-password-1";
	static final String RESET = "reset-by-admin-2";
	static final String CHOSEN = "chosen-by-me-3";

	@Autowired
	StaffDirectory staff;

	@Test
	void aLookAlikeOfAnAccountNameNeverLogsIn() {
		assertThat(api.as("admin").get("/api/v1/desks").status()).isEqualTo(200);

		assertThat(api.as("adm\u0131n").get("/api/v1/desks").status()).as("dotless i").isEqualTo(401);
		assertThat(api.as("\u0430dmin").get("/api/v1/desks").status()).as("Cyrillic a").isEqualTo(401);
		assertThat(api.as("admin\u200b").get("/api/v1/desks").status()).as("zero-width space").isEqualTo(401);
	}

	@Test
	void aPasswordOverSeventyTwoBytesIsRefusedWithAMessageWhereverItIsSet() throws Exception {
		Browser admin = logIn("admin", password);
		String tooLong = "ò".repeat(40);

		HttpResponse<String> created = admin.postWithToken("/admin/staff", "/admin/staff",
				Map.of("username", "long-password", "password", tooLong, "roles", "RECEPTION"));
		long id = account("reset-too-long", FIRST, EnumSet.of(StaffRole.RECEPTION));
		HttpResponse<String> reset = admin.postWithToken("/admin/staff", "/admin/staff/" + id,
				Map.of("roles", "RECEPTION", "enabled", "true", "newPassword", tooLong));

		assertThat(created.statusCode()).isEqualTo(400);
		assertThat(created.body()).contains("al massimo 72 byte");
		assertThat(staff.findByUsername("long-password")).isEmpty();
		assertThat(reset.statusCode()).isEqualTo(400);
		assertThat(reset.body()).contains("al massimo 72 byte");
		assertThat(api.as("reset-too-long", FIRST).get("/api/v1/desks").status()).isEqualTo(200);
	}

	@Test
	void anAdministratorsResetEndsTheSessionsAndMakesThePersonChooseANewPassword() throws Exception {
		long id = account("reset-me", FIRST, EnumSet.of(StaffRole.RECEPTION));
		Browser person = logIn("reset-me", FIRST);
		assertThat(api.as("reset-me", FIRST).get("/api/v1/desks").status()).isEqualTo(200);

		HttpResponse<String> reset = logIn("admin", password).postWithToken("/admin/staff", "/admin/staff/" + id,
				Map.of("roles", "RECEPTION", "enabled", "true", "newPassword", RESET));
		assertThat(reset.statusCode()).isEqualTo(302);

		assertThat(person.get("/reception").statusCode()).as("the open session").isEqualTo(302);
		assertThat(person.get("/reception").headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		assertThat(api.as("reset-me", FIRST).get("/api/v1/desks").status()).as("the old password").isEqualTo(401);
		ApiResponse mustChange = api.as("reset-me", RESET).get("/api/v1/desks");
		assertThat(mustChange.status()).isEqualTo(403);
		assertThat(mustChange.text("$.detail")).contains("/staff/password");

		Browser again = logIn("reset-me", RESET);
		HttpResponse<String> elsewhere = again.get("/reception");
		assertThat(elsewhere.statusCode()).isEqualTo(302);
		assertThat(elsewhere.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/staff/password?required"));
		assertThat(again.get("/staff/password?required").body()).contains("scegline una nuova");

		HttpResponse<String> chosen = again.postWithToken("/staff/password", "/staff/password",
				Map.of("currentPassword", RESET, "newPassword", CHOSEN, "repeatPassword", CHOSEN));
		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(again.get("/reception").statusCode()).isEqualTo(200);
		assertThat(api.as("reset-me", CHOSEN).get("/api/v1/desks").status()).isEqualTo(200);
	}

	@Test
	void disablingAnAccountEndsItsSessionsItsApiLoginsAndItsCalendarFeed() throws Exception {
		long id = account("disable-me", FIRST, EnumSet.of(StaffRole.COUNSELLOR));
		Browser person = logIn("disable-me", FIRST);
		String feed = calendarFeed(person);
		assertThat(new Browser(port).get(feed).statusCode()).isEqualTo(200);
		assertThat(api.as("disable-me", FIRST).get("/api/v1/desks").status()).isEqualTo(200);

		logIn("admin", password).postWithToken("/admin/staff", "/admin/staff/" + id, Map.of("roles", "COUNSELLOR"));

		assertThat(person.get("/desk").statusCode()).isEqualTo(302);
		assertThat(api.as("disable-me", FIRST).get("/api/v1/desks").status()).isEqualTo(401);
		assertThat(new Browser(port).get(feed).statusCode()).isEqualTo(404);
		assertThat(logIn("disable-me", FIRST).get("/desk").statusCode()).as("no new login").isEqualTo(302);
	}

	@Test
	void removingARoleEndsTheSessionsAddingOneDoesNot() throws Exception {
		long id = account("two-roles", FIRST, EnumSet.of(StaffRole.RECEPTION, StaffRole.COUNSELLOR));
		Browser person = logIn("two-roles", FIRST);
		Browser admin = logIn("admin", password);

		admin.postWithToken("/admin/staff", "/admin/staff/" + id, "roles", "RECEPTION", "roles", "COUNSELLOR", "roles",
				"COORDINATOR", "enabled", "true");
		assertThat(person.get("/reception").statusCode()).as("a role added").isEqualTo(200);

		admin.postWithToken("/admin/staff", "/admin/staff/" + id, Map.of("roles", "RECEPTION", "enabled", "true"));
		assertThat(person.get("/reception").statusCode()).as("a role removed").isEqualTo(302);
		assertThat(logIn("two-roles", FIRST).get("/desk").statusCode()).isEqualTo(403);
	}

	@Test
	void changingYourOwnPasswordNeedsTheCurrentOneAndEndsYourOtherSessions() throws Exception {
		account("change-mine", FIRST, EnumSet.of(StaffRole.RECEPTION));
		Browser here = logIn("change-mine", FIRST);
		Browser there = logIn("change-mine", FIRST);

		HttpResponse<String> wrong = here.postWithToken("/staff/password", "/staff/password",
				Map.of("currentPassword", "not-my-password", "newPassword", CHOSEN, "repeatPassword", CHOSEN));
		HttpResponse<String> tooShort = here.postWithToken("/staff/password", "/staff/password",
				Map.of("currentPassword", FIRST, "newPassword", "short", "repeatPassword", "short"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("La password attuale non è corretta");
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(there.get("/reception").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = here.postWithToken("/staff/password", "/staff/password",
				Map.of("currentPassword", FIRST, "newPassword", CHOSEN, "repeatPassword", CHOSEN));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(here.get("/reception").statusCode()).as("this session goes on").isEqualTo(200);
		assertThat(there.get("/reception").statusCode()).as("the other session").isEqualTo(302);
		assertThat(api.as("change-mine", FIRST).get("/api/v1/desks").status()).isEqualTo(401);
		assertThat(api.as("change-mine", CHOSEN).get("/api/v1/desks").status()).isEqualTo(200);
	}

	@Test
	void theDemoSeedingLeavesAnAccountItDidNotCreateAsItIs() {
		long id = account("not-demo", FIRST, EnumSet.of(StaffRole.RECEPTION));

		boolean seeded = staff.seedDemo("not-demo", "Demo", "a-demo-password-9", EnumSet.of(StaffRole.ADMIN));

		assertThat(seeded).isFalse();
		assertThat(staff.find(new StaffId(id)))
			.hasValueSatisfying(account -> assertThat(account.roles()).containsExactly(StaffRole.RECEPTION));
		assertThat(api.as("not-demo", FIRST).get("/api/v1/desks").status()).isEqualTo(200);
		assertThat(api.as("not-demo", "a-demo-password-9").get("/api/v1/desks").status()).isEqualTo(401);
	}

	private long account(String username, String secret, Set<StaffRole> roles) {
		return staff.create(username, username, secret, roles).id().value();
	}

	private Browser logIn(String username, String secret) throws Exception {
		Browser browser = new Browser(port);
		browser.logIn(username, secret);
		return browser;
	}

	private static String calendarFeed(Browser person) throws Exception {
		Matcher url = Pattern.compile("/calendar/[A-Za-z0-9_-]+\\.ics").matcher(person.get("/duty/mine").body());
		assertThat(url.find()).as("the calendar address on /duty/mine").isTrue();
		return url.group();
	}

}
