package it.mestieri.reception;

import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out ticket numbers per site, area and day: 1, 2, 3, ... with no gap and no repeat,
 * however many receptions and kiosks ask at once. The counter row stays locked until the
 * check-in commits.
 */
@Component
class TicketCounter {

	private final JdbcClient jdbc;
	private final TransactionTemplate separately;

	TicketCounter(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int next(long siteId, long areaId, LocalDate day) {
		if (increment(siteId, areaId, day) == 0) {
			createDay(siteId, areaId, day);
			if (increment(siteId, areaId, day) == 0) {
				throw new IllegalStateException("No ticket counter for area " + areaId + " on " + day);
			}
		}
		return jdbc.sql("""
				select last_number from reception_ticket_counter
				where site_id = ? and area_id = ? and ticket_day = ?""").params(siteId, areaId, day)
			.query(Integer.class).single();
	}

	private int increment(long siteId, long areaId, LocalDate day) {
		return jdbc.sql("""
				update reception_ticket_counter set last_number = last_number + 1
				where site_id = ? and area_id = ? and ticket_day = ?""").params(siteId, areaId, day).update();
	}

	/**
	 * The day's counter row, created in a transaction of its own: a duplicate insert would
	 * abort the check-in's transaction on PostgreSQL, and losing the race here is harmless.
	 */
	private void createDay(long siteId, long areaId, LocalDate day) {
		try {
			separately.executeWithoutResult(status -> jdbc.sql("""
					insert into reception_ticket_counter (site_id, area_id, ticket_day, last_number)
					select ?, ?, ?, 0 where not exists (
					  select 1 from reception_ticket_counter where site_id = ? and area_id = ? and ticket_day = ?)""")
				.params(siteId, areaId, day, siteId, areaId, day).update());
		}
		catch (DuplicateKeyException ex) {
			// another check-in created it first
		}
	}
}
