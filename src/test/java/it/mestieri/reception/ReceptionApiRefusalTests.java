package it.mestieri.reception;

import static it.mestieri.testing.CheckInJson.aCheckIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.mestieri.testing.Api;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Json;

/**
 * Requests the API refuses: each gets a 4xx problem response
 * ({@code application/problem+json}) whose {@code detail} says what is wrong, in Italian
 * by default and in English on request; never a 500, never a stack trace; and the
 * database is exactly as before. Runs on H2 ({@link ReceptionApiRefusalH2Test}) and on
 * PostgreSQL ({@link ReceptionApiRefusalPostgresTest}).
 */
abstract class ReceptionApiRefusalTests extends ApiTestBase {

	long waiting;

	long called;

	long inProgress;

	long desk;

	/**
	 * A queue with a ticket waiting, one called and one in an interview, at two desks.
	 */
	@BeforeEach
	void aBusyMorning() {
		called = checkIn("LAVORO").id();
		inProgress = checkIn("LAVORO").id();
		waiting = checkIn("LAVORO").id();
		desk = take("counsellor", desk("LAVORO", 0));
		callNext("counsellor", desk);
		long other = take("counsellor2", desk("LAVORO", 1));
		callNext("counsellor2", other);
		step("counsellor2", inProgress, "start");
	}

	Api.Caller reception() {
		return api.as("reception");
	}

	@Nested
	class CheckIn {

		@Test
		void anUnknownAreaIsNamedWithTheAreasThereAre() {
			ApiResponse response = refused(400, () -> reception().post("/api/v1/visits", Json.of("area", "MARTE")));

			// other tests sharing the context may add areas after the demo ones
			assertThat(response.text("$.detail")).startsWith(
					"Area sconosciuta: \"MARTE\". Aree disponibili: LAVORO, IMPRESA, FORMAZIONE, ORIENTAMENTO, INCLUSIONE")
				.endsWith(".");
		}

		@Test
		void aFieldWeDoNotKnowIsRefusedByName() {
			ApiResponse response = refused(400,
					() -> reception().post("/api/v1/visits", Json.of("area", "LAVORO", "name", "Mario Rossi")));

			assertThat(response.text("$.detail")).startsWith("Campo sconosciuto: 'name'.");
		}

		@Test
		void anUnknownAreaInEnglish() {
			ApiResponse response = refused(400,
					() -> reception().inEnglish().post("/api/v1/visits", Json.of("area", "MARTE")));

			assertThat(response.text("$.detail"))
				.startsWith("Unknown area: \"MARTE\". Areas available: LAVORO, IMPRESA");
			assertThat(response.text("$.title")).isEqualTo("Invalid request");
		}

		@Test
		void aMissingAreaIsRequired() {
			ApiResponse response = refused(400, () -> reception().post("/api/v1/visits", "{}"));

			assertThat(response.text("$.detail")).isEqualTo("Alcuni campi non sono validi: area: è obbligatorio");
			assertThat(response.text("$.errors.area")).isEqualTo("è obbligatorio");
		}

		@Test
		void malformedJsonIsNotRead() {
			ApiResponse response = refused(400, () -> reception().post("/api/v1/visits", "{\"area\": \"LAVORO\""));

			assertThat(response.text("$.detail"))
				.isEqualTo("Il corpo della richiesta non è JSON valido o contiene valori del tipo sbagliato.");
		}

		@Test
		void malformedJsonInEnglish() {
			ApiResponse response = refused(400, () -> reception().inEnglish().post("/api/v1/visits", "area=LAVORO"));

			assertThat(response.text("$.detail"))
				.isEqualTo("The request body is not valid JSON or holds values of the wrong type.");
		}

		@Test
		void anEmptyBodyIsNotRead() {
			refused(400, () -> reception().post("/api/v1/visits", ""));
		}

		@Test
		void aBodyThatIsNotJsonIsAnUnsupportedFormat() {
			ApiResponse response = refused(415, () -> reception().post("/api/v1/visits", "text/plain", "area=LAVORO"));

			assertThat(response.text("$.detail")).startsWith("Formato del contenuto non supportato: text/plain");
		}

		@Test
		void aFormIsAnUnsupportedFormatInEnglishToo() {
			ApiResponse response = refused(415, () -> reception().inEnglish()
				.post("/api/v1/visits", "application/x-www-form-urlencoded", "area=LAVORO"));

			assertThat(response.text("$.detail")).startsWith("Content type not supported");
		}

		static Stream<Arguments> wrongTypes() {
			return Stream.of(Arguments.of("a site that is not a number", "{\"area\":\"LAVORO\",\"site\":\"uno\"}"),
					Arguments.of("priority that is not true or false", "{\"area\":\"LAVORO\",\"priority\":\"sì\"}"),
					Arguments.of("first visit that is not true or false",
							"{\"area\":\"LAVORO\",\"firstVisit\":\"forse\"}"),
					Arguments.of("an area that is a list", "{\"area\":[\"LAVORO\"]}"),
					Arguments.of("an area that is an object", "{\"area\":{\"code\":\"LAVORO\"}}"),
					Arguments.of("a body that is a list", "[{\"area\":\"LAVORO\"}]"),
					Arguments.of("a body that is a string", "\"LAVORO\""));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("wrongTypes")
		void aValueOfTheWrongTypeIsRefused(String name, String body) {
			refused(400, () -> reception().post("/api/v1/visits", body));
		}

		@Test
		void aTooLongAreaIsRefusedWithTheLimit() {
			ApiResponse response = refused(400,
					() -> reception().post("/api/v1/visits", Json.of("area", "L".repeat(41))));

			assertThat(response.text("$.detail"))
				.isEqualTo("Alcuni campi non sono validi: area: deve avere al massimo 40 caratteri");
		}

		@Test
		void tooLongOptionalFieldsAreRefused() {
			refused(400,
					() -> reception().post("/api/v1/visits", aCheckIn("LAVORO").with("topic", "x".repeat(61)).json()));
			refused(400, () -> reception().post("/api/v1/visits",
					aCheckIn("LAVORO").with("visitorCard", "K".repeat(21)).json()));
			refused(400, () -> reception().post("/api/v1/visits",
					aCheckIn("LAVORO").with("gender", "W".repeat(100_000)).json()));
		}

		@Test
		void anUnknownBandValueIsNamedWithTheValuesAllowed() {
			ApiResponse response = refused(400,
					() -> reception().post("/api/v1/visits", aCheckIn("LAVORO").with("gender", "FEMALE").json()));

			assertThat(response.text("$.detail")).isEqualTo(
					"Valore sconosciuto per 'gender': \"FEMALE\". Valori ammessi: WOMAN, MAN, OTHER, NOT_STATED.");
		}

		@Test
		void anUnknownBandValueInEnglish() {
			ApiResponse response = refused(400, () -> reception().inEnglish()
				.post("/api/v1/visits", aCheckIn("LAVORO").with("ageBand", "YOUNG").json()));

			assertThat(response.text("$.detail")).startsWith("Unknown value for 'ageBand': \"YOUNG\". Allowed values:");
		}

		@Test
		void aTopicOfAnotherAreaIsRefused() {
			ApiResponse response = refused(400,
					() -> reception().post("/api/v1/visits", aCheckIn("LAVORO").with("topic", "BUSINESS_PLAN").json()));

			assertThat(response.text("$.detail"))
				.isEqualTo("Argomento \"BUSINESS_PLAN\" sconosciuto per l'area LAVORO.");
		}

		@Test
		void anUnknownMunicipioIsRefused() {
			refused(400, () -> reception().post("/api/v1/visits", aCheckIn("LAVORO").with("municipio", "XXV").json()));
		}

		@Test
		void aMunicipioOfRomeIsOnlyForResidentsOfRome() {
			refused(400, () -> reception().post("/api/v1/visits",
					aCheckIn("LAVORO").with("residence", "ELSEWHERE").with("municipio", "VII").json()));
		}

		@Test
		void aMalformedVisitorCardIsRefused() {
			ApiResponse response = refused(400, () -> reception().post("/api/v1/visits",
					aCheckIn("LAVORO").with("visitorCard", "Mario Rossi").json()));

			assertThat(response.text("$.detail")).contains("K7QF-29XM");
		}

		@Test
		void anUnknownSiteIsRefused() {
			ApiResponse response = refused(400,
					() -> reception().post("/api/v1/visits", aCheckIn("LAVORO").with("site", 987654).json()));

			assertThat(response.text("$.detail")).isEqualTo("Sede sconosciuta: 987654.");
		}

	}

	@Nested
	class UnknownThings {

		@Test
		void anUnknownVisitIsNotFound() {
			ApiResponse response = refused(404, () -> reception().get("/api/v1/visits/987654"));

			assertThat(response.text("$.detail")).isEqualTo("Visita sconosciuta: 987654.");
		}

		@Test
		void anUnknownVisitInEnglish() {
			ApiResponse response = refused(404,
					() -> api.as("counsellor").inEnglish().post("/api/v1/visits/987654/start"));

			assertThat(response.text("$.detail")).isEqualTo("Unknown visit: 987654.");
		}

		@Test
		void anIdThatIsNotANumberIsRefused() {
			ApiResponse response = refused(400, () -> reception().get("/api/v1/visits/abc"));

			assertThat(response.text("$.detail")).isEqualTo("Il valore di 'id' non va bene: serve un numero.");
			refused(400, () -> api.as("counsellor").post("/api/v1/visits/1e3/start"));
			refused(400, () -> api.as("counsellor").post("/api/v1/desks/99999999999999999999/take"));
		}

		@Test
		void anUnknownDeskIsNotFound() {
			ApiResponse response = refused(404, () -> api.as("counsellor2").post("/api/v1/desks/987654/take"));

			assertThat(response.text("$.detail")).isEqualTo("Sportello sconosciuto: 987654.");
			refused(404, () -> api.as("counsellor").post("/api/v1/desks/987654/call-next"));
		}

		@Test
		void aTransferToAnUnknownAreaIsRefused() {
			refused(400, () -> reception().post("/api/v1/visits/" + waiting + "/transfer", Json.of("area", "MARTE")));
		}

		@Test
		void anUnknownSiteOfTheQueuesIsRefused() {
			refused(400, () -> api.anonymous().get("/api/v1/queues?site=987654"));
			refused(400, () -> api.anonymous().get("/api/v1/queues?site=roma"));
		}

	}

	@Nested
	class IllegalMoves {

		@Test
		void finishingATicketNeverCalledIsAConflict() {
			ApiResponse response = refused(409, () -> api.as("counsellor")
				.post("/api/v1/visits/" + waiting + "/finish", Json.of("outcome", "INFORMED")));

			assertThat(response.text("$.detail"))
				.isEqualTo("Il biglietto L-003 è in attesa: non si può gestirlo da uno sportello.");
		}

		@Test
		void finishingATicketNeverCalledInEnglish() {
			ApiResponse response = refused(409,
					() -> api.as("counsellor")
						.inEnglish()
						.post("/api/v1/visits/" + waiting + "/finish", Json.of("outcome", "INFORMED")));

			assertThat(response.text("$.detail"))
				.isEqualTo("Ticket L-003 is waiting: you cannot handle it from a desk.");
			assertThat(response.text("$.title")).isEqualTo("Conflict");
		}

		@Test
		void startingTwiceIsAConflict() {
			ApiResponse response = refused(409,
					() -> api.as("counsellor2").post("/api/v1/visits/" + inProgress + "/start"));

			assertThat(response.text("$.detail"))
				.isEqualTo("Il biglietto L-002 è in colloquio: non si può iniziare il colloquio.");
		}

		@Test
		void aCalledVisitorCannotBeSentAwayByReception() {
			refused(409, () -> reception().post("/api/v1/visits/" + called + "/leave"));
		}

		@Test
		void aFinishedVisitCannotBeFinishedAgain() {
			finish("counsellor", called, Json.of("outcome", "INFORMED"));

			refused(409, () -> api.as("counsellor")
				.post("/api/v1/visits/" + called + "/finish", Json.of("outcome", "INFORMED")));
			refused(409, () -> reception().post("/api/v1/visits/" + called + "/transfer", Json.of("area", "IMPRESA")));
		}

		@Test
		void aReferralWithoutDestinationIsRefused() {
			ApiResponse response = refused(400, () -> api.as("counsellor2")
				.post("/api/v1/visits/" + inProgress + "/finish", Json.of("outcome", "REFERRED")));

			assertThat(response.text("$.detail")).isEqualTo("Indica a cosa è stato inviato il visitatore.");
		}

		@Test
		void anOutcomeRecordedOnlyByTheSystemIsRefused() {
			refused(400, () -> api.as("counsellor2")
				.post("/api/v1/visits/" + inProgress + "/finish", Json.of("outcome", "NO_SHOW")));
			refused(400, () -> api.as("counsellor2")
				.post("/api/v1/visits/" + inProgress + "/finish", Json.of("outcome", "NOT_RECORDED")));
		}

		@Test
		void anUnknownOutcomeOrDestinationIsRefused() {
			refused(400, () -> api.as("counsellor2")
				.post("/api/v1/visits/" + inProgress + "/finish", Json.of("outcome", "DONE")));
			refused(400, () -> api.as("counsellor2")
				.post("/api/v1/visits/" + inProgress + "/finish", Json.of("outcome", "REFERRED", "referral", "MOON")));
			refused(400, () -> api.as("counsellor2").post("/api/v1/visits/" + inProgress + "/finish", "{}"));
		}

		@Test
		void aTransferToTheSameAreaIsRefused() {
			refused(400, () -> reception().post("/api/v1/visits/" + waiting + "/transfer", Json.of("area", "LAVORO")));
		}

		@Test
		void aCounsellorCannotTransferATicketThatIsNotAtTheirDesk() {
			refused(409, () -> api.as("counsellor")
				.post("/api/v1/visits/" + waiting + "/transfer", Json.of("area", "IMPRESA")));
			refused(403, () -> api.as("counsellor")
				.post("/api/v1/visits/" + inProgress + "/transfer", Json.of("area", "IMPRESA")));
		}

		@Test
		void aDeskHeldBySomeoneElseCannotBeReleased() {
			refused(403, () -> api.as("counsellor2").post("/api/v1/desks/" + desk + "/release"));
		}

	}

	@Nested
	class Authorization {

		@Test
		void anonymousWritesAreAskedToLogIn() {
			refused(401, () -> api.anonymous().post("/api/v1/visits", Json.of("area", "LAVORO")));
			refused(401, () -> api.anonymous().post("/api/v1/desks/" + desk + "/call-next"));
			refused(401, () -> api.anonymous().post("/api/v1/visits/" + called + "/no-show"));
		}

		@Test
		void theWrongRoleIsForbidden() {
			refused(403, () -> api.as("counsellor").post("/api/v1/visits", Json.of("area", "LAVORO")));
			refused(403, () -> api.as("caseworker").post("/api/v1/visits/" + waiting + "/leave"));
			refused(403, () -> api.as("reception").post("/api/v1/desks/" + desk + "/call-next"));
			refused(403, () -> api.as("coordinator").post("/api/v1/visits/" + called + "/start"));
		}

		@Test
		void addressesOutsideTheApiAreRefusedWithoutAServerError() {
			refused(403, () -> api.as("reception").get("/api/v1/nothing-here"));
			refused(401, () -> api.anonymous().get("/api/v2/areas"));
		}

	}

}
