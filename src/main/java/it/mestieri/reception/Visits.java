package it.mestieri.reception;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Visits extends JpaRepository<Visit, Long> {

	/**
	 * The visit, locked until the transaction ends, if it is still waiting; empty when
	 * another desk called it first (after waiting for that desk's commit).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from Visit v where v.id = :id and v.status = it.mestieri.reception.VisitStatus.WAITING")
	Optional<Visit> lockIfWaiting(long id);

	Optional<Visit> findFirstByDeskIdAndStatusIn(Long deskId, Collection<VisitStatus> statuses);

	List<Visit> findByDayBeforeAndStatusIn(LocalDate day, Collection<VisitStatus> statuses);

	boolean existsByVisitorCard(String visitorCard);

	List<Visit> findByStatusIn(Collection<VisitStatus> statuses);

	List<Visit> findBySiteIdAndStatusOrderByQueueKeyAscIdAsc(long siteId, VisitStatus status);

}
