package it.mestieri.reception;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Visits extends JpaRepository<Visit, Long> {

	Optional<Visit> findFirstByDeskIdAndStatusIn(Long deskId, Collection<VisitStatus> statuses);

	List<Visit> findByDayBeforeAndStatusIn(LocalDate day, Collection<VisitStatus> statuses);

	boolean existsByVisitorCard(String visitorCard);

	List<Visit> findByStatusIn(Collection<VisitStatus> statuses);

	List<Visit> findBySiteIdAndStatusOrderByQueueKeyAscIdAsc(long siteId, VisitStatus status);

}
