package it.mestieri.reception;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out ticket numbers per site, area and day: 1, 2, 3, ... with no gap and no
 * repeat, however many receptions and kiosks ask at once. The counter row stays locked
 * until the check-in commits.
 */
@Component
class TicketCounter {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	TicketCounter(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
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
				where site_id = ? and area_id = ? and ticket_day = ?""")
			.params(siteId, areaId, day)
			.query(Integer.class)
			.single();
	}

	private int increment(long siteId, long areaId, LocalDate day) {
		return jdbc.sql("""
				update reception_ticket_counter set last_number = last_number + 1
				where site_id = ? and area_id = ? and ticket_day = ?""").params(siteId, areaId, day).update();
	}

	/**
	 * The day's counter row, created in the check-in's own transaction behind a
	 * savepoint: losing the race to another check-in undoes only the insert (on
	 * PostgreSQL a failed statement would otherwise abort the whole transaction). A
	 * transaction of its own would take a second connection from the pool while holding
	 * one, and a burst of first check-ins larger than the pool would then wait for each
	 * other until the pool times out.
	 */
	private void createDay(long siteId, long areaId, LocalDate day) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			Savepoint savepoint = connection.setSavepoint();
			try {
				jdbc.sql(
						"""
								insert into reception_ticket_counter (site_id, area_id, ticket_day, last_number)
								select ?, ?, ?, 0 where not exists (
								  select 1 from reception_ticket_counter where site_id = ? and area_id = ? and ticket_day = ?)""")
					.params(siteId, areaId, day, siteId, areaId, day)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// another check-in created it first
				connection.rollback(savepoint);
				return;
			}
			connection.releaseSavepoint(savepoint);
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("Cannot use a savepoint for the ticket counter", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
