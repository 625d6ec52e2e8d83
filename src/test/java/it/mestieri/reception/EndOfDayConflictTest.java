package it.mestieri.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.shared.CentreClock;
import it.mestieri.testing.MutableClock;

/**
 * The end of day closes each ticket on its own: one that a counsellor changes at the same
 * moment (an optimistic-lock conflict) is left for the next run and reported, the others
 * are closed.
 */
class EndOfDayConflictTest {

	@Test
	void aTicketChangedAtTheSameMomentIsLeftForTheNextRunAndTheOthersAreClosed() {
		Visit first = withId(VisitBuilder.aVisit().ticket("L-001").waiting(), 1);
		Visit second = withId(VisitBuilder.aVisit().ticket("L-002").waiting(), 2);
		Visit third = withId(VisitBuilder.aVisit().ticket("L-003").called(), 3);
		Visits visits = mock(Visits.class);
		when(visits.findByDayBeforeAndStatusIn(any(), any())).thenReturn(List.of(first, second, third));
		when(visits.findById(1L)).thenReturn(Optional.of(first));
		when(visits.findById(2L)).thenThrow(new ObjectOptimisticLockingFailureException(Visit.class, 2L));
		when(visits.findById(3L)).thenReturn(Optional.of(third));
		DeskHolders holders = mock(DeskHolders.class);
		when(holders.all()).thenReturn(Map.of());
		CentreClock wednesday = new CentreClock(Clock
			.fixed(LocalDateTime.of(2026, 3, 11, 0, 5).atZone(MutableClock.ROME).toInstant(), MutableClock.ROME),
				MutableClock.ROME);
		EndOfDay endOfDay = new EndOfDay(visits, holders, mock(CentreDirectory.class), wednesday, event -> {
		}, new TransactionTemplate(new NoTransactions()));

		EndOfDay.Report report = endOfDay.closePastDays();

		assertThat(report.closed()).isEqualTo(2);
		assertThat(report.left()).containsExactly(2L);
		assertThat(first.status()).isEqualTo(VisitStatus.NOT_SERVED);
		assertThat(second.status()).isEqualTo(VisitStatus.WAITING);
		assertThat(third.status()).isEqualTo(VisitStatus.NOT_SERVED);
	}

	private static Visit withId(Visit visit, long id) {
		ReflectionTestUtils.setField(visit, "id", id);
		return visit;
	}

	/** Transactions that do nothing: the repository here is a stand-in. */
	private static final class NoTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
