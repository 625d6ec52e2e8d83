package it.mestieri.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.CentreSetup;
import it.mestieri.centre.Desk;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffRole;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.CheckInJson;
import it.mestieri.testing.Json;

/**
 * Many people at once: desks calling together never get the same ticket and lose none,
 * check-ins from several receptions get distinct, gapless numbers, and of two counsellors
 * taking one desk exactly one gets it. Runs on H2 ({@link ConcurrencyH2Test}) and
 * PostgreSQL ({@link ConcurrencyPostgresTest}).
 */
abstract class ConcurrencyTests extends ApiTestBase {

	/**
	 * An area of its own, so that its six desks and hundreds of tickets meet nothing
	 * else.
	 */
	static final String AREA = "PROVA_CARICO";
	static final int DESKS = 6;

	/**
	 * Enough for hundreds of contended calls in every run; a longer run takes
	 * {@code -Dmestieri.test.concurrent-tickets=3000}.
	 */
	static final int TICKETS = Integer.getInteger("mestieri.test.concurrent-tickets", 300);

	private static final Logger log = LoggerFactory.getLogger(ConcurrencyTests.class);

	@Autowired
	CentreSetup setup;

	@Autowired
	CentreDirectory centre;

	@Autowired
	StaffDirectory staff;

	@Autowired
	Reception reception;

	@Autowired
	HikariDataSource pool;

	List<Long> desks;

	List<String> counsellors;

	/**
	 * The test area with six desks, and six counsellors: created once, found afterwards.
	 */
	@BeforeEach
	void sixDesksAndSixCounsellors() {
		Area area = centre.area(AREA)
			.orElseGet(() -> centre
				.area(setup.addArea(AREA, "Prova di carico", "Load test", "Z", "#000000", null, true, 99)));
		var site = centre.onlySite().orElseThrow();
		List<Desk> existing = centre.desks(site.id()).stream().filter(desk -> desk.area().equals(area.id())).toList();
		for (int i = existing.size() + 1; i <= DESKS; i++) {
			setup.addDesk(site.id(), area.id(), "Prova " + i);
		}
		desks = desksOf(AREA);
		assertThat(desks).hasSize(DESKS);
		counsellors = IntStream.rangeClosed(1, DESKS).mapToObj(i -> "prova-counsellor-" + i).toList();
		for (String username : counsellors) {
			if (staff.findByUsername(username).isEmpty()) {
				staff.create(username, username, password, EnumSet.of(StaffRole.COUNSELLOR));
			}
		}
	}

	@Test
	void desksCallingAllAtOnceCallEveryTicketExactlyOnce() throws Exception {
		long start = System.nanoTime();
		List<Long> tickets = checkInInParallel(TICKETS);
		long checkedIn = System.nanoTime();
		for (int i = 0; i < DESKS; i++) {
			take(counsellors.get(i), desks.get(i));
		}
		Map<Long, AtomicInteger> callsPerTicket = new ConcurrentHashMap<>();
		AtomicInteger twoOpenAtOneDesk = new AtomicInteger();
		List<Callable<Integer>> deskWork = new ArrayList<>();
		for (int i = 0; i < DESKS; i++) {
			String counsellor = counsellors.get(i);
			long desk = desks.get(i);
			deskWork.add(() -> serveUntilNobodyWaits(counsellor, desk, callsPerTicket, twoOpenAtOneDesk));
		}

		ExecutorService pool = Executors.newFixedThreadPool(DESKS);
		List<Integer> servedPerDesk = new ArrayList<>();
		try {
			for (Future<Integer> served : pool.invokeAll(deskWork, 5, TimeUnit.MINUTES)) {
				servedPerDesk.add(served.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		log.info("{} tickets: checked in in {} ms, called and finished at {} desks in {} ms", TICKETS,
				(checkedIn - start) / 1_000_000, DESKS, (System.nanoTime() - checkedIn) / 1_000_000);
		assertThat(twoOpenAtOneDesk).as("double clicks that called two tickets to one desk").hasValue(0);
		assertThat(callsPerTicket.keySet()).as("tickets called").containsExactlyInAnyOrderElementsOf(tickets);
		assertThat(callsPerTicket.values()).as("calls per ticket").allSatisfy(calls -> assertThat(calls).hasValue(1));
		assertThat(servedPerDesk.stream().mapToInt(Integer::intValue).sum()).isEqualTo(TICKETS);
		assertThat(servedPerDesk).as("every desk took part").allSatisfy(served -> assertThat(served).isPositive());
		assertThat(database
			.count("select count(*) from reception_visit where status in ('WAITING', 'CALLED', 'IN_PROGRESS')"))
			.isZero();
		assertThat(database.count("select count(*) from reception_visit where call_count <> 1")).isZero();
		assertThat(database.count("select count(*) from reception_visit where status = 'FINISHED'")).isEqualTo(TICKETS);
	}

	/**
	 * One desk's work: call the next ticket with two requests at once (a double click),
	 * check that at most one of them called a ticket, finish it, and go on until the
	 * queue is empty.
	 */
	private int serveUntilNobodyWaits(String counsellor, long desk, Map<Long, AtomicInteger> callsPerTicket,
			AtomicInteger twoOpenAtOneDesk) {
		int served = 0;
		while (true) {
			var first = api.as(counsellor).postAsync("/api/v1/desks/" + desk + "/call-next");
			var second = api.as(counsellor).postAsync("/api/v1/desks/" + desk + "/call-next");
			List<ApiResponse> answers = List.of(first.join(), second.join());
			List<ApiResponse> called = answers.stream().filter(answer -> answer.status() == 200).toList();
			assertThat(answers).as("answers to a double click")
				.allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 204, 409));
			if (called.size() > 1) {
				twoOpenAtOneDesk.incrementAndGet();
			}
			if (called.isEmpty()) {
				if (answers.stream().allMatch(answer -> answer.status() == 204)) {
					return served;
				}
				continue;
			}
			for (ApiResponse visit : called) {
				callsPerTicket.computeIfAbsent(visit.id(), id -> new AtomicInteger()).incrementAndGet();
				ApiResponse finished = api.as(counsellor)
					.post("/api/v1/visits/" + visit.id() + "/finish", Json.of("outcome", "INFORMED"));
				assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
				served++;
			}
		}
	}

	@Test
	void checkInsFromSeveralReceptionsAtOnceGetDistinctGaplessNumbers() throws Exception {
		int threads = 8;
		int each = 40;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CyclicBarrier start = new CyclicBarrier(threads);
		List<Future<List<String>>> results = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				results.add(pool.submit(() -> {
					start.await();
					List<String> tickets = new ArrayList<>();
					for (int i = 0; i < each; i++) {
						ApiResponse visit = api.as("reception")
							.post("/api/v1/visits", CheckInJson.aCheckIn(AREA).json());
						assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
						tickets.add(visit.text("$.ticket"));
					}
					return tickets;
				}));
			}
			List<String> all = new ArrayList<>();
			for (Future<List<String>> result : results) {
				all.addAll(result.get(2, TimeUnit.MINUTES));
			}

			assertThat(all).hasSize(threads * each)
				.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * each)
					.mapToObj(number -> "Z-%03d".formatted(number))
					.toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * More first check-ins of the day at once than the pool has connections: creating the
	 * day's counter must not need a second connection while the check-in holds one.
	 */
	@Test
	void aBurstOfFirstCheckInsOfTheDayLargerThanTheConnectionPoolIsServed() throws Exception {
		int receptions = 3 * pool.getMaximumPoolSize();
		ExecutorService threads = Executors.newFixedThreadPool(receptions);
		CyclicBarrier start = new CyclicBarrier(receptions);
		try {
			List<Future<String>> tickets = new ArrayList<>();
			for (int i = 0; i < receptions; i++) {
				tickets.add(threads.submit(() -> {
					start.await();
					return reception.checkIn(CheckIn.ofArea(null, AREA), Channel.KIOSK).ticket();
				}));
			}
			List<String> issued = new ArrayList<>();
			for (Future<String> ticket : tickets) {
				issued.add(ticket.get(20, TimeUnit.SECONDS));
			}

			assertThat(issued).containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(1, receptions).mapToObj(number -> "Z-%03d".formatted(number)).toList());
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void ofTwoCounsellorsTakingOneDeskAtOnceExactlyOneGetsIt() throws Exception {
		long desk = desks.get(0);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<ApiResponse>> takes = new ArrayList<>();
				for (String counsellor : counsellors.subList(0, 2)) {
					takes.add(pool.submit(() -> {
						start.await();
						return api.as(counsellor).post("/api/v1/desks/" + desk + "/take");
					}));
				}
				List<ApiResponse> answers = new ArrayList<>();
				for (Future<ApiResponse> take : takes) {
					answers.add(take.get(1, TimeUnit.MINUTES));
				}

				assertThat(answers).extracting(ApiResponse::status)
					.as("round %d: %s", round, answers)
					.containsExactlyInAnyOrder(200, 409);
				assertThat(answers).filteredOn(answer -> answer.status() == 409).allSatisfy(answer -> {
					assertThat(answer.contentType()).startsWith("application/problem+json");
					assertThat(answer.text("$.detail")).isNotBlank();
				});
				String winner = answers.get(0).status() == 200 ? counsellors.get(0) : counsellors.get(1);
				assertThat(database.count("select count(*) from reception_desk_holder where desk_id = ?", desk))
					.isOne();
				assertThat(api.as(winner).post("/api/v1/desks/" + desk + "/release").status()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aCounsellorTakingTwoDesksAtOnceGetsOnlyOne() {
		String counsellor = counsellors.get(2);
		for (int round = 0; round < 10; round++) {
			var first = api.as(counsellor).postAsync("/api/v1/desks/" + desks.get(2) + "/take");
			var second = api.as(counsellor).postAsync("/api/v1/desks/" + desks.get(3) + "/take");
			List<ApiResponse> answers = List.of(first.join(), second.join());

			assertThat(answers).extracting(ApiResponse::status)
				.as("round %d: %s", round, answers)
				.containsExactlyInAnyOrder(200, 409);
			long held = answers.get(0).status() == 200 ? desks.get(2) : desks.get(3);
			assertThat(api.as(counsellor).post("/api/v1/desks/" + held + "/release").status()).isEqualTo(200);
		}
		assertThat(database.count("select count(*) from reception_desk_holder")).isZero();
	}

	/**
	 * Checks visitors in through the service from four threads; returns the visit ids.
	 */
	private List<Long> checkInInParallel(int count) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Long>> checkIns = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				checkIns.add(() -> reception.checkIn(CheckIn.ofArea(null, AREA), Channel.RECEPTION).id().value());
			}
			List<Long> ids = new ArrayList<>();
			for (Future<Long> id : pool.invokeAll(checkIns, 5, TimeUnit.MINUTES)) {
				ids.add(id.get());
			}
			assertThat(Set.copyOf(ids)).hasSize(count);
			return ids;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
