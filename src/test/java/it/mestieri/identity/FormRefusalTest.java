package it.mestieri.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;
import it.mestieri.testing.TestDatabase.Snapshot;

/**
 * Every page form, sent bad input: a 4xx page that says what is wrong in Italian, never a 500
 * or a stack trace, and nothing saved. (The API's refusals are in ReceptionApiRefusalTests.)
 */
class FormRefusalTest extends ApiTestBase {

	static final String LONG = "x".repeat(5000);
	static final String ODD_UNICODE = "\u202E\u0000\uD83D\uDE00\uFEFF";

	static Stream<Arguments> badForms() {
		return Stream.of(
				refused("reception", "/reception", Map.of("area", "MARTE"), 400, "Area sconosciuta"),
				refused("reception", "/reception", Map.of(), 400, "Area sconosciuta"),
				refused("reception", "/reception", Map.of("area", "LAVORO", "gender", "ALIEN"), 400, "Valore sconosciuto"),
				refused("reception", "/reception", Map.of("area", "LAVORO", "visitorCard", "mario rossi"), 400,
						"tessera visitatore"),
				refused("reception", "/reception", Map.of("area", "LAVORO", "topic", LONG), 400, "valore non valido"),
				refused("reception", "/reception", Map.of("area", ODD_UNICODE), 400, "Area sconosciuta"),
				refused("reception", "/reception", Map.of("area", "LAVORO", "residence", "M:XXX"), 400,
						"Municipio sconosciuto"),
				refused("reception", "/reception/visits/999999/leave", Map.of(), 404, "Visita sconosciuta"),
				refused("reception", "/reception/visits/abc/leave", Map.of(), 400, "non è valida"),
				refused("reception", "/reception/visits/999999/transfer", Map.of("area", "IMPRESA"), 404,
						"Visita sconosciuta"),
				refused(null, "/kiosk/tickets", Map.of("area", "MARTE"), 400, "Area sconosciuta"),
				refused(null, "/kiosk/tickets", Map.of("area", "INCLUSIONE"), 400, "non accoglie visite libere"),
				refused("counsellor", "/desk/999999/take", Map.of(), 404, "Sportello sconosciuto"),
				refused("counsellor", "/desk/abc/take", Map.of(), 400, "non è valida"),
				refused("counsellor", "/desk/1/call-next", Map.of(), 403, "Non occupi"),
				refused("counsellor", "/desk/1/visits/999999/finish", Map.of("outcome", "INFORMED"), 404,
						"Visita sconosciuta"),
				refused("counsellor", "/desk/1/visits/1/finish", Map.of("outcome", "PARTY"), 400, "Valore sconosciuto"),
				refused("counsellor", "/interviews", Map.of("visit", "999999", "outcome", "INFORMED"), 404,
						"Visita sconosciuta"),
				refused("counsellor", "/interviews", Map.of("visit", "abc", "outcome", "INFORMED"), 400,
						"Manca la visita"),
				refused("counsellor", "/interviews", Map.of("visit", "1", "outcome", "PARTY"), 400, "Valore sconosciuto"),
				refused("counsellor", "/interviews", Map.of("visit", "1", "outcome", "INFORMED", "referral", "MOON"), 400,
						"Valore sconosciuto"),
				refused("counsellor", "/interviews", Map.of("visit", "1", "outcome", "INFORMED", "referralPartner", LONG),
						400, "Partner sconosciuto"),
				refused("counsellor", "/interviews/999999", Map.of("version", "0"), 404, "Colloquio sconosciuto"),
				refused("counsellor", "/interviews/abc", Map.of("version", "0"), 400, "non è valida"),
				refused("coordinator", "/counselling/resources", Map.of("code", "lower case!", "nameIt", "a",
						"nameEn", "b"), 400, "Il codice"),
				refused("coordinator", "/counselling/resources", Map.of("code", "GUIDA_CV", "nameIt", "a",
						"nameEn", "b"), 409, "Esiste già"),
				refused("coordinator", "/counselling/resources", Map.of("code", "NUOVO", "nameIt", LONG,
						"nameEn", "b"), 400, "al massimo 200 caratteri"),
				refused("coordinator", "/counselling/resources", Map.of("code", "NUOVO", "nameIt", "a",
						"nameEn", ODD_UNICODE, "area", "MARTE"), 400, "Area sconosciuta"),
				refused("coordinator", "/counselling/resources", Map.of("code", "NUOVO", "nameIt", "a",
						"nameEn", "b", "sortOrder", "primo"), 400, "ordine è un numero"),
				refused("coordinator", "/counselling/resources/999999", Map.of("version", "0", "nameIt", "a",
						"nameEn", "b"), 404, "Materiale sconosciuto"),
				refused("coordinator", "/counselling/resources/1", Map.of("version", "x", "nameIt", "a",
						"nameEn", "b"), 400, "Manca la versione"),
				refused("coordinator", "/counselling/resources/1", Map.of("version", "999", "nameIt", "a",
						"nameEn", "b"), 409, "modificato questo materiale"),
				refused("coordinator", "/counselling/resources/999999/remove", Map.of(), 404, "Materiale sconosciuto"),
				refused("coordinator", "/centre/areas", Map.of("code", "lower case!", "nameIt", "a", "nameEn", "b",
						"ticketLetter", "Q", "colour", "#000000"), 400, "Il codice"),
				refused("coordinator", "/centre/areas", Map.of("code", "NUOVA", "nameIt", "a", "nameEn", "b",
						"ticketLetter", "L", "colour", "#000000"), 409, "Esiste già"),
				refused("coordinator", "/centre/areas/1", Map.of("nameIt", LONG, "nameEn", "b", "colour", "#000000"), 400,
						"al massimo 120 caratteri"),
				refused("coordinator", "/centre/areas/999999", Map.of("nameIt", "a", "nameEn", "b", "colour", "#000000"),
						404, "Area sconosciuta"),
				refused("coordinator", "/centre/sites/1/hours", Map.of("day", "FUNDAY", "hours", ""), 400,
						"Giorno della settimana"),
				refused("coordinator", "/centre/sites/1/hours", Map.of("day", "MONDAY", "hours", "19:00-10:00"), 400,
						"Orario non valido"),
				refused("coordinator", "/centre/desks", Map.of("area", "LAVORO", "name", "x"), 400, "Scegli la sede"),
				refused("coordinator", "/centre/municipi/rome", Map.of(), 409, "già caricati"),
				refused("coordinator", "/partners/hsds/import", Map.of(), 400, "Scegli un file HSDS JSON"),
				refused("coordinator", "/partners/hsds/import", Map.of("file", LONG), 400, "Scegli un file HSDS JSON"),
				refused("coordinator", "/resources/classification/import", Map.of(), 400, "Scegli almeno un file"),
				refused("coordinator", "/resources/classification/import", Map.of("files", LONG, "version", "1.2.0"), 400,
						"Scegli almeno un file"),
				refused("admin", "/admin/staff", Map.of("username", "nuovo", "password", "short", "roles", "RECEPTION"),
						400, "almeno 12 caratteri"),
				refused("admin", "/admin/staff", Map.of("username", "a b", "password", "long-enough-password",
						"roles", "RECEPTION"), 400, "nome utente"),
				refused("admin", "/admin/staff/999999", Map.of("roles", "RECEPTION"), 404, "Account sconosciuto"),
				refused("admin", "/admin/staff/1", Map.of("roles", "KING"), 400, "non è valida"),
				refused("coordinator", "/rota/shifts", Map.of("desk", "1", "weekday", "TUESDAY", "start", "13:00", "end",
						"10:00", "validFrom", "2026-03-01"), 400, "ora di inizio"),
				refused("coordinator", "/rota/shifts", Map.of("desk", "1", "weekday", "TUESDAY", "start", "12:00", "end",
						"14:00", "validFrom", "2026-03-01"), 400, "orario di apertura"),
				refused("coordinator", "/rota/shifts", Map.of("desk", "999999", "weekday", "TUESDAY", "start", "10:00",
						"end", "13:00"), 400, "Sportello sconosciuto"),
				refused("coordinator", "/rota/shifts", Map.of("desk", "abc"), 400, "Sportello sconosciuto"),
				refused("coordinator", "/rota/shifts", Map.of("desk", "1", "weekday", "FUNDAY"), 400, "Valore sconosciuto"),
				refused("coordinator", "/rota/shifts", Map.of("desk", "1", "weekday", "TUESDAY", "start", "10:00", "end",
						"13:00", "validFrom", "2026-03-01"), 400, "uno o due consulenti, non 0"),
				refused("coordinator", "/rota/shifts", Map.of("desk", "1", "weekday", "TUESDAY", "start", "10:00", "end",
						"13:00", "validFrom", "2026-03-01", "counsellors", "999999"), 400, "Consulente sconosciuto"),
				refused("coordinator", "/rota/shifts/999999/end", Map.of("lastDate", "2026-04-01"), 404,
						"Turno sconosciuto"),
				refused("coordinator", "/rota/shifts/999999/delete", Map.of(), 404, "Turno sconosciuto"),
				refused("coordinator", "/rota/exceptions", Map.of("shift", "999999", "date", "2026-03-17", "kind",
						"CANCELLED"), 404, "Turno sconosciuto"),
				refused("coordinator", "/rota/exceptions", Map.of("shift", "1", "kind", "PARTY"), 400, "Valore sconosciuto"),
				refused("coordinator", "/rota/exceptions", Map.of("shift", "1", "date", "2026-03-24", "until", "2026-03-17",
						"kind", "ABSENT"), 400, "non può essere prima della data iniziale"),
				refused("coordinator", "/rota/exceptions", Map.of("shift", "1", "date", "2026-03-17", "until", "2026-06-17",
						"kind", "CANCELLED"), 400, "al massimo 92 giorni"),
				refused("coordinator", "/rota/exceptions", Map.of("shift", "1", "date", "2026-03-17", "until", "domani",
						"kind", "ABSENT"), 400, "Data non valida"),
				refused("coordinator", "/rota/exceptions", Map.of("shift", "1", "date", "2026-03-17", "until", "2026-03-24",
						"kind", "SWAP"), 400, "solo per annullamenti e assenze"),
				refused("coordinator", "/rota/exceptions/999999/delete", Map.of("week", "2026-W12"), 404,
						"Eccezione sconosciuta"),
				refused("coordinator", "/rota/exceptions/abc/delete", Map.of(), 400, "non è valida"),
				refused("coordinator", "/rota/closing-days", Map.of("date", "2026-13-45", "reason", "x"), 400,
						"Data non valida"),
				refused("coordinator", "/rota/closing-days", Map.of("date", "2026-04-01", "reason", LONG), 400,
						"al massimo 200 caratteri"),
				refused("coordinator", "/rota/closing-days", Map.of("date", "2026-04-01", "reason", "x", "site", "999999"),
						400, "Sede sconosciuta"),
				refused("coordinator", "/rota/closing-days/999999/delete", Map.of(), 404,
						"Giorno di chiusura sconosciuto"),
				refused("coordinator", "/partners", Map.of("name", "", "kind", "BANK", "activeFrom", "2026-01-01"), 400,
						"è obbligatorio"),
				refused("coordinator", "/partners", Map.of("name", "Solco Roma", "kind", "BANK", "activeFrom", "2026-01-01"),
						409, "Esiste già"),
				refused("coordinator", "/partners", Map.of("name", "Nuovo", "kind", "CASTLE", "activeFrom", "2026-01-01"),
						400, "Valore sconosciuto"),
				refused("coordinator", "/partners", Map.of("name", "Nuovo", "kind", "BANK", "activeFrom", "2026-01-01",
						"activeTo", "2025-01-01"), 400, "non può essere prima"),
				refused("coordinator", "/partners", Map.of("name", "Nuovo", "kind", "BANK", "activeFrom", "ieri"), 400,
						"non è valida"),
				refused("coordinator", "/partners", Map.of("name", "Nuovo", "kind", "BANK", "activeFrom", "2026-01-01",
						"areas", "MARTE"), 400, "Area sconosciuta"),
				refused("coordinator", "/partners", Map.of("name", "Nuovo", "kind", "BANK", "activeFrom", "2026-01-01",
						"website", "javascript:alert(1)"), 400, "http://"),
				refused("coordinator", "/partners/1", Map.of("name", LONG, "kind", "BANK", "activeFrom", "2026-01-01"), 400,
						"al massimo 200 caratteri"),
				refused("coordinator", "/partners/1", Map.of("name", ODD_UNICODE, "kind", "BANK", "activeFrom", "2026-01-01",
						"email", "not an email"), 400, "email non è valido"),
				refused("coordinator", "/partners/999999", Map.of("name", "x", "kind", "BANK", "activeFrom", "2026-01-01"),
						404, "Partner sconosciuto"),
				refused("coordinator", "/partners/abc", Map.of(), 400, "non è valida"),
				refused("coordinator", "/partners/1/members", Map.of("staffId", "abc"), 400, "non è valido"),
				refused("coordinator", "/partners/1/members", Map.of("staffId", "999999"), 400, "Account sconosciuto"),
				refused("coordinator", "/partners/1/members/999999/remove", Map.of(), 404, "non membro"),
				refused("coordinator", "/partners/1/contributions", Map.of("kind", "MONEY", "quantity", "-3",
						"deliveredOn", "2026-03-01"), 400, "zero o più"),
				refused("coordinator", "/partners/1/contributions", Map.of("kind", "COUNSELLOR_HOURS", "quantity", "3",
						"unit", "h", "deliveredOn", "2026-03-01"), 400, "Non si registra"),
				refused("coordinator", "/partners/1/contributions", Map.of("kind", "MONEY", "quantity", "3",
						"deliveredOn", "2026-04-01"), 400, "futuro"),
				refused("coordinator", "/partners/1/contributions", Map.of("kind", "MONEY", "quantity", "tre",
						"deliveredOn", "2026-03-01"), 400, "zero o più"),
				refused("coordinator", "/partners/1/contributions", Map.of("kind", "MONEY", "quantity", "3",
						"deliveredOn", "2026-03-01", "agreement", "999999"), 404, "sconosciuto: 999999"),
				refused("coordinator", "/partners/agreements", Map.of("title", "Nuovo", "validFrom", "2026-05-01",
						"validTo", "2026-04-01", "parties", "1"), 400, "non può essere prima"),
				refused("coordinator", "/partners/agreements", Map.of("title", "Nuovo", "validFrom", "2026-05-01",
						"validTo", "2026-06-01", "parties", "999999"), 400, "Partner sconosciuto"),
				refused("coordinator", "/partners/agreements", Map.of("title", "Nuovo", "validFrom", "2026-05-01",
						"validTo", "2026-06-01"), 400, "almeno una parte"),
				refused("coordinator", "/partners/agreements", Map.of("title", LONG, "validFrom", "2026-05-01",
						"validTo", "2026-06-01", "parties", "abc"), 400, "non è valido"),
				refused("coordinator", "/partners/agreements", Map.of("title", "Carta", "validFrom", "2026-05-01",
						"validTo", "2026-06-01", "parties", "1", "charterAccepted", "true"), 400, "è obbligatorio"),
				refused("coordinator", "/partners/agreements/999999", Map.of("version", "0", "title", "x", "validFrom",
						"2026-05-01", "validTo", "2026-06-01", "parties", "1"), 404, "sconosciuto: 999999"),
				refused("coordinator", "/partners/agreements/1", Map.of("version", "0", "title", "Vecchia versione",
						"validFrom", "2026-05-01", "validTo", "2026-06-01", "parties", "1"), 409, "dopo che lo avevi aperto"),
				refused("coordinator", "/partners/agreements/1", Map.of("version", "x", "title", "x", "validFrom",
						"2026-05-01", "validTo", "2026-06-01", "parties", "1"), 400, "non è valido"),
				refused("coordinator", "/partners/agreements/1/commitments", Map.of("partner", "999999", "kind", "MONEY",
						"quantity", "3", "period", "YEAR"), 400, "non è parte"),
				refused("coordinator", "/partners/agreements/1/commitments", Map.of("partner", "1", "kind",
						"COUNSELLOR_HOURS", "quantity", "3", "period", "WEEK"), 400, "Per le ore di consulenza indica"),
				refused("coordinator", "/partners/agreements/1/commitments", Map.of("partner", "1", "kind", "MONEY",
						"quantity", "-1", "period", "YEAR"), 400, "zero o più"),
				refused("coordinator", "/partners/agreements/1/commitments", Map.of("partner", "1", "kind", "MONEY",
						"quantity", "1", "period", "SEMPRE"), 400, "Valore sconosciuto"),
				refused("coordinator", "/partners/agreements/1/commitments/999999/remove", Map.of(), 404,
						"Impegno sconosciuto"),
				refused("coordinator", "/partners/agreements/1/documents", Map.of(), 400, "Scegli un file PDF"),
				refused("coordinator", "/resources/courses", Map.of("title", "", "providerName", "Ente"), 400,
						"è obbligatorio"),
				refused("coordinator", "/resources/courses", Map.of("title", "Corso"), 400, "Indica chi tiene il corso"),
				refused("coordinator", "/resources/courses", Map.of("title", "Corso", "providerName", "Ente", "startsOn",
						"2026-05-01", "endsOn", "2026-04-01"), 400, "non può essere prima"),
				refused("coordinator", "/resources/courses", Map.of("title", "Corso", "providerName", "Ente", "cost", "-5"),
						400, "zero o più"),
				refused("coordinator", "/resources/courses", Map.of("title", "Corso", "providerName", "Ente", "cost", "tanti"),
						400, "zero o più"),
				refused("coordinator", "/resources/courses", Map.of("title", "Corso", "providerName", "Ente", "url",
						"javascript:alert(1)"), 400, "https://"),
				refused("coordinator", "/resources/courses", Map.of("title", "Corso", "providerName", "Ente",
						"occupations", "infermiere"), 400, "professione ESCO"),
				refused("coordinator", "/resources/courses", Map.of("title", "Corso", "providerName", "Ente", "area",
						"MARTE"), 400, "Area sconosciuta"),
				refused("coordinator", "/resources/courses", Map.of("title", "Corso", "providerPartner", "999999"), 400,
						"Partner sconosciuto"),
				refused("coordinator", "/resources/courses", Map.of("title", ODD_UNICODE, "providerName", LONG), 400,
						"al massimo 200 caratteri"),
				refused("coordinator", "/resources/offers", Map.of("title", "Offerta", "employer", "Ditta", "place", "Roma",
						"contractType", "FOREVER", "publishedOn", "2026-03-01", "expiresOn", "2026-04-01"), 400,
						"Valore sconosciuto"),
				refused("coordinator", "/resources/offers", Map.of("title", "Offerta", "employer", "Ditta", "place", "Roma",
						"contractType", "PERMANENT", "publishedOn", "ieri", "expiresOn", "2026-04-01"), 400, "non è valida"),
				refused("coordinator", "/resources/offers", Map.of("title", "Offerta", "employer", "Ditta", "place", "Roma",
						"contractType", "PERMANENT", "publishedOn", "2026-03-10", "expiresOn", "2026-03-01"), 400,
						"non può essere prima"),
				refused("coordinator", "/resources/offers", Map.of("title", "Offerta", "place", "Roma", "contractType",
						"PERMANENT", "publishedOn", "2026-03-10", "expiresOn", "2026-04-01"), 400, "Datore di lavoro"),
				refused("coordinator", "/resources/documents", Map.of("title", "Libro", "kind", "BOOK"), 400,
						"collocazione"),
				refused("coordinator", "/resources/documents", Map.of("title", "Libro", "kind", "BOOK", "shelfMark", "A1",
						"topics", "abc"), 400, "non è valido"),
				refused("coordinator", "/resources/documents", Map.of("title", "Libro", "kind", "BOOK", "shelfMark", "A1",
						"topics", "999999"), 400, "Argomento sconosciuto"),
				refused("coordinator", "/resources/guides", Map.of("title", LONG, "summary", "x", "body", "x"), 400,
						"al massimo 300 caratteri"),
				refused("coordinator", "/resources/courses/999999", Map.of("version", "0", "title", "x", "providerName",
						"y"), 404, "Corso sconosciuto"),
				refused("coordinator", "/resources/guides/1", Map.of("version", "999", "title", "x", "summary", "x",
						"body", "x"), 409, "ha modificato la guida"),
				refused("coordinator", "/resources/guides/1", Map.of("version", "uno", "title", "x", "summary", "x",
						"body", "x"), 400, "non è valido"),
				refused("coordinator", "/resources/offers/999999/delete", Map.of(), 404, "Offerta di lavoro sconosciuta"),
				refused("coordinator", "/resources/import", Map.of(), 400, "Scegli un file JSON-LD"),
				refused("coordinator", "/resources/import", Map.of("file", LONG), 400, "Scegli un file JSON-LD"),
				refused(null, "/setup", Map.of("setupCode", "guess", "username", "x", "password", "y",
						"repeatPassword", "y"), 404, "configurazione iniziale è già stata fatta"));
	}

	private static Arguments refused(String user, String path, Map<String, String> form, int status, String says) {
		return Arguments.of(user == null ? "anonymous" : user, path, form, status, says);
	}

	@ParameterizedTest(name = "{0} POST {1} {2} -> {3}")
	@MethodSource("badForms")
	void aBadFormIsRefusedWithAClearMessageAndNothingChanges(String user, String path, Map<String, String> form,
			int status, String says) throws Exception {
		Browser browser = new Browser(port);
		String page = "/login";
		if (!"anonymous".equals(user)) {
			browser.logIn(user, password);
			page = "/staff";
		}
		if ("counsellor".equals(user) && path.contains("/visits/1/")) {
			checkIn("LAVORO");
		}
		Snapshot before = database.snapshot();

		HttpResponse<String> response = browser.postWithToken(page, path, new LinkedHashMap<>(form));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains(says).doesNotContain("Exception", "\tat ", "at org.", "at it.mestieri");
		assertThat(database.snapshot()).as("the database after a refused form").isEqualTo(before);
	}
}
