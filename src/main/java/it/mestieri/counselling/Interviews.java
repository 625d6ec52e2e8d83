package it.mestieri.counselling;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.DomainException;

/**
 * What other modules may ask of the interview records: figures, never a record's details.
 */
@Service
@Transactional(readOnly = true)
public class Interviews {

	private final InterviewStore store;

	Interviews(InterviewStore store) {
		this.store = store;
	}

	/**
	 * Per partner (of the counsellor at the time) and area: the interviews held from
	 * {@code from} to {@code to}, both included, days of the centre, and their minutes.
	 */
	public List<PartnerInterviews> countsByPartner(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw DomainException.invalid("counselling.period.invalid", InterviewRecords.MAX_PERIOD_DAYS);
		}
		return store.countsByPartner(from, to);
	}

}
