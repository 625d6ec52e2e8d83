package it.mestieri.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import it.mestieri.centre.AreaId;
import it.mestieri.identity.StaffId;
import it.mestieri.partners.CommitmentKind;
import it.mestieri.partners.CommitmentPeriod;
import it.mestieri.partners.PartnerId;

/**
 * What one partner committed to against what it delivered on the days {@code from} to
 * {@code to}, as known on {@code asOf}, beside the centre's totals for the same days.
 */
public record DeliveryReport(PartnerId partner, String partnerName, LocalDate from, LocalDate to, LocalDate asOf,
		List<Line> lines, List<CounsellorActivity> counsellors, Totals partnerTotals, Totals centreTotals) {

	public long shortfalls() {
		return lines.stream().filter(line -> line.status() == Status.SHORTFALL).count();
	}

	/**
	 * One kind of commitment (in one area, for counsellor hours; in one unit otherwise),
	 * summed over the agreements in force. {@code committed} is the share of the
	 * commitments that falls in the period, {@code expectedToDate} the share up to
	 * {@code asOf}; {@code scheduled} the hours on the rota (counsellor hours only);
	 * {@code delivered} is null when nothing records that kind yet.
	 */
	public record Line(CommitmentKind kind, AreaId area, String unit, List<Commitment> commitments,
			BigDecimal committed, BigDecimal expectedToDate, BigDecimal scheduled, BigDecimal delivered,
			Status status) {

		/**
		 * Delivered as a share of what was committed for the period, 0–100 and more; null
		 * when not known.
		 */
		public Integer percent() {
			if (delivered == null || committed.signum() == 0) {
				return null;
			}
			return delivered.multiply(BigDecimal.valueOf(100)).divide(committed, 0, RoundingMode.HALF_UP).intValue();
		}
	}

	/** One commitment counted in a line: the agreement it belongs to and what it says. */
	public record Commitment(long agreementId, String agreementTitle, BigDecimal quantity, CommitmentPeriod period,
			String description) {
	}

	public enum Status {

		/** Delivered at least what was committed for the whole period. */
		MET,
		/** Not all yet, but at least what was due by now. */
		ON_TRACK,
		/** Less than what was due by now. */
		SHORTFALL,
		/** Delivered without a commitment in the period. */
		NOT_COMMITTED

	}

	/** What one of the partner's counsellors did in an area. */
	public record CounsellorActivity(StaffId counsellor, String name, AreaId area, BigDecimal scheduledHours,
			BigDecimal workedHours, long interviews, long interviewMinutes) {
	}

	public record Totals(BigDecimal committedHours, BigDecimal scheduledHours, BigDecimal workedHours, long interviews,
			long interviewMinutes) {

		Totals withCommitted(BigDecimal hours) {
			return new Totals(hours, scheduledHours, workedHours, interviews, interviewMinutes);
		}
	}
}
