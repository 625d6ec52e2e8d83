package it.mestieri.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.Site;
import it.mestieri.centre.SiteBuilder;
import it.mestieri.delivery.Delivery.Counted;
import it.mestieri.delivery.Delivery.LineKey;
import it.mestieri.delivery.DeliveryReport.Status;
import it.mestieri.partners.Agreement;
import it.mestieri.partners.AgreementId;
import it.mestieri.partners.Commitment;
import it.mestieri.partners.CommitmentKind;
import it.mestieri.partners.CommitmentPeriod;
import it.mestieri.partners.Contribution;
import it.mestieri.partners.PartnerId;
import it.mestieri.shared.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures of committed against delivered, without the application: the share of a
 * commitment a period owes, its status, the open hours a desk session counts, which
 * commitments and contributions share a line, and the periods a report may cover. The API
 * tests ({@link DeliveryApiTests}) check that the report puts them together.
 */
class DeliveryFiguresTest {

	private static final ZoneId ROME = ZoneId.of("Europe/Rome");

	private static final PartnerId PARTNER = new PartnerId(1);

	/** An agreement in force for the whole of 2026 with that one commitment. */
	private static Counted in2026(String quantity, CommitmentPeriod period) {
		return in(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), quantity, period);
	}

	private static Counted in(LocalDate validFrom, LocalDate validTo, String quantity, CommitmentPeriod period) {
		Commitment commitment = new Commitment(1, new AgreementId(1), PARTNER, CommitmentKind.COUNSELLOR_HOURS,
				new BigDecimal(quantity), null, period, new AreaId(1), null);
		Agreement agreement = new Agreement(new AgreementId(1), "Accordo", validFrom, validFrom, validTo, true,
				validFrom, 0, List.of(PARTNER), List.of(commitment), List.of());
		return new Counted(agreement, commitment);
	}

	private static BigDecimal owed(Counted counted, String from, String to) {
		return counted.share(LocalDate.parse(from), LocalDate.parse(to)).setScale(2, RoundingMode.HALF_UP);
	}

	@Test
	void aWeeklyCommitmentOwesItsQuantityPerSevenDaysOfThePeriod() {
		Counted twelveAWeek = in2026("12", CommitmentPeriod.WEEK);

		assertThat(owed(twelveAWeek, "2026-03-02", "2026-03-08")).isEqualByComparingTo("12");
		assertThat(owed(twelveAWeek, "2026-03-10", "2026-03-10")).as("one day: a seventh").isEqualByComparingTo("1.71");
		assertThat(owed(twelveAWeek, "2026-03-01", "2026-03-28")).isEqualByComparingTo("48");
	}

	@Test
	void monthsQuartersAndYearsAreAverageLengthsOfTheGregorianYear() {
		assertThat(owed(in2026("365.2425", CommitmentPeriod.YEAR), "2026-03-10", "2026-03-10"))
			.isEqualByComparingTo("1");
		assertThat(owed(in2026("12", CommitmentPeriod.MONTH), "2026-01-01", "2026-12-31"))
			.as("365 days of 365.2425 / 12 each")
			.isEqualByComparingTo("143.90");
		assertThat(owed(in2026("4", CommitmentPeriod.QUARTER), "2026-01-01", "2026-03-31"))
			.as("90 days of a 91.31-day quarter")
			.isEqualByComparingTo("3.94");
	}

	@Test
	void aCommitmentForTheWholeAgreementIsSpreadOverItsDays() {
		Counted hundredInTenDays = in(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), "100",
				CommitmentPeriod.WHOLE_AGREEMENT);

		assertThat(owed(hundredInTenDays, "2026-01-01", "2026-12-31")).isEqualByComparingTo("100");
		assertThat(owed(hundredInTenDays, "2026-03-09", "2026-03-31")).isEqualByComparingTo("20");
	}

	@Test
	void onlyTheDaysTheAgreementIsInForceCount() {
		Counted fromMarch = in(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), "7", CommitmentPeriod.WEEK);

		assertThat(owed(fromMarch, "2026-02-23", "2026-03-07")).as("7 of the 13 days").isEqualByComparingTo("7");
		assertThat(owed(fromMarch, "2026-01-01", "2026-02-28")).isZero();
		assertThat(owed(fromMarch, "2027-01-01", "2027-03-31")).isZero();
	}

	@Test
	void aLineIsMetOnceDeliveredReachesTheCommitmentOnTrackWhileItKeepsUpWithWhatIsDueByNow() {
		assertThat(Delivery.status(new BigDecimal("10"), new BigDecimal("4"), new BigDecimal("10")))
			.isEqualTo(Status.MET);
		assertThat(Delivery.status(new BigDecimal("10"), new BigDecimal("4"), new BigDecimal("12")))
			.isEqualTo(Status.MET);
		assertThat(Delivery.status(new BigDecimal("10"), new BigDecimal("4"), new BigDecimal("4")))
			.isEqualTo(Status.ON_TRACK);
		assertThat(Delivery.status(new BigDecimal("10"), new BigDecimal("4"), new BigDecimal("3.99")))
			.isEqualTo(Status.SHORTFALL);
		assertThat(Delivery.status(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))
			.as("nothing committed, nothing owed")
			.isEqualTo(Status.MET);
	}

	@Test
	void hoursAreMinutesOverSixtyToTwoDecimals() {
		assertThat(Delivery.hours(Duration.ofMinutes(90))).isEqualByComparingTo("1.50");
		assertThat(Delivery.hours(Duration.ofMinutes(20))).isEqualByComparingTo("0.33");
		assertThat(Delivery.hours(Duration.ofSeconds(59))).isEqualByComparingTo("0");
	}

	@Test
	void aDeskSessionCountsOnlyTheHoursTheSiteWasOpen() {
		Site rome = SiteBuilder.likeRome();

		assertThat(open(rome, "2026-03-10T10:30", "2026-03-10T11:30")).isEqualTo(Duration.ofHours(1));
		assertThat(open(rome, "2026-03-10T08:00", "2026-03-10T11:00")).as("taken before opening: from 10:00")
			.isEqualTo(Duration.ofHours(1));
		assertThat(open(rome, "2026-03-10T12:00", "2026-03-10T17:00")).as("the lunch break does not count")
			.isEqualTo(Duration.ofHours(2));
		assertThat(open(rome, "2026-03-10T18:00", "2026-03-11T10:30"))
			.as("left taken overnight: the evening hour and the next morning's half hour")
			.isEqualTo(Duration.ofMinutes(90));
		assertThat(open(rome, "2026-03-09T10:00", "2026-03-09T19:00")).as("Monday: closed").isZero();
	}

	@Test
	void contributionsShareALineWithCommitmentsOfTheSameKindAndUnitWhateverTheCase() {
		Commitment money = new Commitment(1, new AgreementId(1), PARTNER, CommitmentKind.MONEY, BigDecimal.TEN, " € ",
				CommitmentPeriod.YEAR, null, null);
		Contribution paid = new Contribution(1, PARTNER, CommitmentKind.MONEY, BigDecimal.ONE, "€",
				LocalDate.of(2026, 2, 15), null, null, null, null);
		Commitment rooms = new Commitment(2, new AgreementId(1), PARTNER, CommitmentKind.PREMISES, BigDecimal.ONE,
				"Aula", CommitmentPeriod.YEAR, null, null);
		Contribution room = new Contribution(2, PARTNER, CommitmentKind.PREMISES, BigDecimal.ONE, "aula",
				LocalDate.of(2026, 2, 15), null, null, null, null);

		assertThat(LineKey.of(paid)).isEqualTo(LineKey.of(money));
		assertThat(LineKey.of(room)).isEqualTo(LineKey.of(rooms));
		assertThat(LineKey.of(room)).isNotEqualTo(LineKey.of(money));
	}

	@Test
	void counsellorHoursAreALinePerAreaAndWorkshopsOneLine() {
		Commitment lavoro = hoursIn(1);
		Commitment formazione = hoursIn(2);

		assertThat(LineKey.of(lavoro)).isNotEqualTo(LineKey.of(formazione));
		assertThat(LineKey.of(lavoro)).isEqualTo(LineKey.of(hoursIn(1)));
		assertThat(LineKey
			.of(new Commitment(3, new AgreementId(1), PARTNER, CommitmentKind.WORKSHOPS, BigDecimal.ONE, "laboratori",
					CommitmentPeriod.QUARTER, new AreaId(1), null))
			.area()).isNull();
	}

	@Test
	void aReportCoversAtMostFiveYearsFromItsFirstDayToItsLast() {
		Delivery.checkPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
		Delivery.checkPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));

		assertRefused(() -> Delivery.checkPeriod(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1)),
				"delivery.period.reversed");
		assertRefused(() -> Delivery.checkPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 31)),
				"delivery.period.tooLong");
		assertRefused(() -> Delivery.checkPeriod(LocalDate.of(2026, 1, 1), null), "delivery.period.missing");
	}

	@Test
	void withoutDatesAReportCoversTheQuarterOfTodayAndItsChoicesAreTheUsualOnes() {
		LocalDate today = LocalDate.of(2026, 3, 10);

		assertThat(ReportPeriod.of(null, " ", today))
			.isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
		assertThat(ReportPeriod.choices(today)).extracting(ReportPeriod.Named::period)
			.containsExactly(new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
					new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
					new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
					new ReportPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
					new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		assertRefused(() -> ReportPeriod.of("10/03/2026", "2026-03-31", today), "delivery.period.badDate");
		assertRefused(() -> ReportPeriod.of("2026-01-01", null, today), "delivery.period.missing");
	}

	private static Commitment hoursIn(long area) {
		return new Commitment(area, new AgreementId(1), PARTNER, CommitmentKind.COUNSELLOR_HOURS, BigDecimal.TEN, null,
				CommitmentPeriod.WEEK, new AreaId(area), null);
	}

	private static Duration open(Site site, String from, String to) {
		return WorkedHours.openTime(site, LocalDateTime.parse(from).atZone(ROME).toInstant(),
				LocalDateTime.parse(to).atZone(ROME).toInstant(), ROME);
	}

	private static void assertRefused(Runnable check, String messageKey) {
		assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainException.class,
				refusal -> assertThat(refusal.messageKey()).isEqualTo(messageKey));
	}

}
