package it.mestieri.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.mestieri.testing.TestDatabase.Snapshot;

/**
 * Base of the tests that drive the API over HTTP: each test starts with an empty
 * reception (no visits, no desk held) at {@link MutableClock#TUESDAY_MORNING}.
 */
@MestieriIntegrationTest
public abstract class ApiTestBase {

	private static final Map<Integer, Api> APIS = new ConcurrentHashMap<>();

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestDatabase database;

	@Autowired
	protected MutableClock clock;

	@Value("${mestieri.demo-password}")
	protected String password;

	protected Api api;

	@BeforeEach
	void startWithAnEmptyReception() {
		clock.reset();
		database.emptyReception();
		api = APIS.computeIfAbsent(port, p -> new Api(p, password));
		api.forgetCookies();
	}

	/** The coordinator creates an item; fails unless it is created (201). */
	protected ApiResponse created(String path, String json) {
		ApiResponse created = api.as("coordinator").post(path, json);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created;
	}

	/**
	 * Sends the request and checks the refusal: that status, a problem in JSON with a
	 * title and a detail, no trace of the code; the database must not change.
	 */
	protected ApiResponse refused(int status, Supplier<ApiResponse> request) {
		Snapshot before = database.snapshot();

		ApiResponse response = request.get();

		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.number("$.status")).isEqualTo(status);
		assertThat(response.text("$.title")).isNotBlank();
		assertThat(response.text("$.detail")).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception", "\tat ", "at org.", "at it.", "trace");
		assertThat(database.snapshot()).as("the database after a refused request").isEqualTo(before);
		return response;
	}

	/** As {@link #refused(int, Supplier)}, the problem's detail saying that. */
	protected ApiResponse refused(int status, String says, Supplier<ApiResponse> request) {
		ApiResponse response = refused(status, request);
		assertThat(response.text("$.detail")).contains(says);
		return response;
	}

	/** Reception checks a visitor in; fails unless the ticket is issued. */
	protected ApiResponse checkIn(String area) {
		return checkIn(CheckInJson.aCheckIn(area));
	}

	protected ApiResponse checkIn(CheckInJson body) {
		ApiResponse response = api.as("reception").post("/api/v1/visits", body.json());
		assertThat(response.status()).as("check-in %s: %s", body, response).isEqualTo(201);
		return response;
	}

	/** The id of the area's desk at that index (0 for the first), by name. */
	protected long desk(String area, int index) {
		return desksOf(area).get(index);
	}

	protected List<Long> desksOf(String area) {
		ApiResponse desks = api.as("coordinator").get("/api/v1/desks");
		assertThat(desks.status()).as(desks.toString()).isEqualTo(200);
		List<Map<String, Object>> all = desks.read("$[?(@.area == '" + area + "')]");
		return all.stream().map(desk -> ((Number) desk.get("id")).longValue()).sorted().toList();
	}

	/**
	 * Two coordinators save the same version of an item at the same moment: one is saved
	 * (200), the other is told it changed (409), and the item reads back as the winner's,
	 * at version 1.
	 */
	protected void oneOfTwoSavesWins(String path, String first, String second) throws Exception {
		oneOfTwoSavesWins(path, "title", first, second);
	}

	/**
	 * As {@link #oneOfTwoSavesWins(String, String, String)}, telling the saves apart by
	 * that field.
	 */
	protected void oneOfTwoSavesWins(String path, String field, String first, String second) throws Exception {
		List<ApiResponse> saves = AtOnce.run(() -> api.as("coordinator").put(path, first),
				() -> api.as("coordinator").put(path, second));
		List<Integer> statuses = saves.stream().map(ApiResponse::status).toList();

		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		ApiResponse now = api.as("coordinator").get(path);
		assertThat(now.text("$." + field)).isEqualTo(saves.get(statuses.indexOf(200)).text("$." + field));
		assertThat(now.number("$.version")).isEqualTo(1);
	}

	/** A counsellor takes a desk; fails unless it is granted. */
	protected long take(String counsellor, long desk) {
		ApiResponse taken = api.as(counsellor).post("/api/v1/desks/" + desk + "/take");
		assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
		return desk;
	}

	/** A counsellor calls the next ticket; fails unless one is called. */
	protected ApiResponse callNext(String counsellor, long desk) {
		ApiResponse called = api.as(counsellor).post("/api/v1/desks/" + desk + "/call-next");
		assertThat(called.status()).as(called.toString()).isEqualTo(200);
		return called;
	}

	protected ApiResponse visit(long id) {
		ApiResponse visit = api.as("reception").get("/api/v1/visits/" + id);
		assertThat(visit.status()).as(visit.toString()).isEqualTo(200);
		return visit;
	}

	/** A step of a counsellor on a visit (start, recall, no-show), which must succeed. */
	protected ApiResponse step(String counsellor, long visit, String action) {
		ApiResponse response = api.as(counsellor).post("/api/v1/visits/" + visit + "/" + action);
		assertThat(response.status()).as(action + ": " + response).isEqualTo(200);
		return response;
	}

	protected ApiResponse finish(String counsellor, long visit, String body) {
		ApiResponse response = api.as(counsellor).post("/api/v1/visits/" + visit + "/finish", body);
		assertThat(response.status()).as("finish: " + response).isEqualTo(200);
		return response;
	}

}
