package it.mestieri.reception;

import java.util.Collection;
import java.util.List;

import org.springframework.test.util.ReflectionTestUtils;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;
import it.mestieri.reception.ReceptionEvents.TicketCalled;
import it.mestieri.reception.ReceptionEvents.VisitFinished;
import it.mestieri.reception.ReceptionEvents.VisitLeft;
import it.mestieri.reception.ReceptionEvents.VisitNotServed;
import it.mestieri.reception.ReceptionEvents.VisitStarted;
import it.mestieri.reception.ReceptionEvents.VisitTransferred;

import static it.mestieri.reception.VisitBuilder.CHECKED_IN;
import static it.mestieri.reception.VisitBuilder.IMPRESA;
import static it.mestieri.reception.VisitBuilder.LAVORO;
import static it.mestieri.reception.VisitBuilder.aVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

import it.mestieri.shared.DomainException;

/** The life of a walk-in visit: which moves are legal, and what each records. */
class VisitTest {

	static final Instant LATER = CHECKED_IN.plus(Duration.ofMinutes(40));

	@Nested
	class LegalMoves {

		@Test
		void aNewVisitWaitsInItsAreaWithItsCheckInTimeAsQueueKey() {
			Visit visit = aVisit().waiting();

			assertThat(visit.status()).isEqualTo(VisitStatus.WAITING);
			assertThat(visit.areaId()).isEqualTo(LAVORO);
			assertThat(visit.queueKey()).isEqualTo(CHECKED_IN);
			assertThat(visit.callCount()).isZero();
		}

		@Test
		void aWaitingVisitIsCalledToADeskAndTellsWhoCalledIt() {
			Visit visit = aVisit().waiting();

			visit.call(VisitBuilder.DESK, VisitBuilder.COUNSELLOR, LATER);

			assertThat(visit.status()).isEqualTo(VisitStatus.CALLED);
			assertThat(visit.deskId()).isEqualTo(VisitBuilder.DESK);
			assertThat(visit.counsellorId()).isEqualTo(VisitBuilder.COUNSELLOR);
			assertThat(visit.calledAt()).isEqualTo(LATER);
			assertThat(visit.callCount()).isEqualTo(1);
			assertThat(events(visit)).singleElement()
				.isEqualTo(new TicketCalled(visit.id(), new SiteId(visit.siteId()), new AreaId(LAVORO), visit.ticket(),
						new DeskId(VisitBuilder.DESK), new StaffId(VisitBuilder.COUNSELLOR), 1, LATER));
		}

		@Test
		void aCalledVisitStartsTheInterview() {
			Visit visit = aVisit().called();

			visit.start(LATER);

			assertThat(visit.status()).isEqualTo(VisitStatus.IN_PROGRESS);
			assertThat(visit.startedAt()).isEqualTo(LATER);
		}

		@Test
		void aRecallCountsAnotherCallAndKeepsTheVisitCalled() {
			Visit visit = aVisit().called();

			visit.recall(LATER);

			assertThat(visit.status()).isEqualTo(VisitStatus.CALLED);
			assertThat(visit.callCount()).isEqualTo(2);
		}

		@Test
		void finishingAnInterviewRecordsTheOutcomeAndTheTime() {
			Visit visit = aVisit().inProgress();

			visit.finish(Outcome.INFORMED, null, LATER);

			assertThat(visit.status()).isEqualTo(VisitStatus.FINISHED);
			assertThat(visit.outcome()).isEqualTo(Outcome.INFORMED);
			assertThat(visit.referral()).isNull();
			assertThat(visit.finishedAt()).isEqualTo(LATER);
		}

		@Test
		void aReferralRecordsWhereTheVisitorWasSent() {
			Visit visit = aVisit().inProgress();

			visit.finish(Outcome.REFERRED, ReferralDestination.COURSE, LATER);

			assertThat(visit.outcome()).isEqualTo(Outcome.REFERRED);
			assertThat(visit.referral()).isEqualTo(ReferralDestination.COURSE);
		}

		@Test
		void aDestinationGivenWithAnOutcomeOtherThanReferredIsNotKept() {
			Visit visit = aVisit().inProgress();

			visit.finish(Outcome.INFORMED, ReferralDestination.COURSE, LATER);

			assertThat(visit.referral()).isNull();
		}

		@Test
		void finishingACalledVisitWithoutStartTakesTheCallAsTheStart() {
			Visit visit = aVisit().called();

			visit.finish(Outcome.INFORMED, null, LATER);

			assertThat(visit.status()).isEqualTo(VisitStatus.FINISHED);
			assertThat(visit.startedAt()).isEqualTo(visit.calledAt());
		}

		@Test
		void aVisitorWhoLeftBeforeBeingServedIsRecordedAsLeftNotFinished() {
			Visit visit = aVisit().called();

			visit.finish(Outcome.LEFT_BEFORE_SERVED, null, LATER);

			assertThat(visit.status()).isEqualTo(VisitStatus.LEFT);
			assertThat(visit.outcome()).isEqualTo(Outcome.LEFT_BEFORE_SERVED);
			assertThat(visit.leftAt()).isEqualTo(LATER);
			assertThat(visit.finishedAt()).isNull();
		}

		@Test
		void aCalledVisitorWhoDoesNotComeIsANoShow() {
			Visit visit = aVisit().called();

			visit.noShow(LATER);

			assertThat(visit.status()).isEqualTo(VisitStatus.LEFT);
			assertThat(visit.outcome()).isEqualTo(Outcome.NO_SHOW);
			assertThat(visit.leftAt()).isEqualTo(LATER);
		}

		@Test
		void aWaitingVisitorMayLeave() {
			Visit visit = aVisit().waiting();

			visit.leave(LATER);

			assertThat(visit.status()).isEqualTo(VisitStatus.LEFT);
			assertThat(visit.outcome()).isEqualTo(Outcome.LEFT_BEFORE_SERVED);
			assertThat(visit.leftAt()).isEqualTo(LATER);
		}

		@Test
		void aTransferMovesAWaitingVisitToAnotherAreaKeepingTicketAndPlace() {
			Visit visit = aVisit().waiting();

			visit.transfer(IMPRESA, LATER);

			assertThat(visit.areaId()).isEqualTo(IMPRESA);
			assertThat(visit.transferredFromAreaId()).isEqualTo(LAVORO);
			assertThat(visit.status()).isEqualTo(VisitStatus.WAITING);
			assertThat(visit.ticket()).isEqualTo("L-001");
			assertThat(visit.queueKey()).isEqualTo(CHECKED_IN);
		}

		@Test
		void aTransferFromADeskPutsTheVisitBackInTheQueueAndFreesTheDesk() {
			Visit visit = aVisit().inProgress();

			visit.transfer(IMPRESA, LATER);

			assertThat(visit.status()).isEqualTo(VisitStatus.WAITING);
			assertThat(visit.deskId()).isNull();
			assertThat(visit.counsellorId()).isNull();
			assertThat(visit.calledAt()).isNull();
			assertThat(visit.startedAt()).isNull();
			assertThat(visit.queueKey()).isEqualTo(CHECKED_IN);
		}

		@Test
		void atEndOfDayAWaitingVisitIsNotServed() {
			Visit visit = aVisit().waiting();

			VisitStatus previous = visit.closeAtEndOfDay(LATER);

			assertThat(previous).isEqualTo(VisitStatus.WAITING);
			assertThat(visit.status()).isEqualTo(VisitStatus.NOT_SERVED);
			assertThat(visit.leftAt()).isEqualTo(LATER);
		}

		@Test
		void atEndOfDayACalledVisitIsNotServed() {
			Visit visit = aVisit().called();

			assertThat(visit.closeAtEndOfDay(LATER)).isEqualTo(VisitStatus.CALLED);
			assertThat(visit.status()).isEqualTo(VisitStatus.NOT_SERVED);
		}

		@Test
		void atEndOfDayAnInterviewLeftOpenIsFinishedWithoutARecord() {
			Visit visit = aVisit().inProgress();

			assertThat(visit.closeAtEndOfDay(LATER)).isEqualTo(VisitStatus.IN_PROGRESS);
			assertThat(visit.status()).isEqualTo(VisitStatus.FINISHED);
			assertThat(visit.outcome()).isEqualTo(Outcome.NOT_RECORDED);
			assertThat(visit.finishedAt()).isEqualTo(LATER);
		}

	}

	@Nested
	class IllegalMoves {

		@Test
		void finishingATicketNeverCalledIsAConflict() {
			Visit visit = aVisit().waiting();

			assertThatThrownBy(() -> visit.finish(Outcome.INFORMED, null, LATER))
				.isInstanceOfSatisfying(DomainException.class, refusal -> {
					assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
					assertThat(refusal.messageKey()).isEqualTo("reception.visit.illegalTransition");
					assertThat(refusal.arguments()[0]).isEqualTo("L-001");
					assertThat(((MessageSourceResolvable) refusal.arguments()[1]).getCodes())
						.containsExactly("reception.status.WAITING");
					assertThat(((MessageSourceResolvable) refusal.arguments()[2]).getCodes())
						.containsExactly("reception.action.finish");
				});
			assertThat(visit.status()).isEqualTo(VisitStatus.WAITING);
			assertThat(visit.outcome()).isNull();
		}

		static Stream<Arguments> illegalMoves() {
			return Stream.of(move("call a called visit", aVisit().called(), visit -> visit.call(8, 4, LATER)),
					move("call during the interview", aVisit().inProgress(), visit -> visit.call(8, 4, LATER)),
					move("call a visitor who left", aVisit().left(), visit -> visit.call(8, 4, LATER)),
					move("call a visit not served", aVisit().notServed(), visit -> visit.call(8, 4, LATER)),
					move("start a waiting visit", aVisit().waiting(), visit -> visit.start(LATER)),
					move("recall a waiting visit", aVisit().waiting(), visit -> visit.recall(LATER)),
					move("no-show a waiting visit", aVisit().waiting(), visit -> visit.noShow(LATER)),
					move("start twice", aVisit().inProgress(), visit -> visit.start(LATER)),
					move("recall during the interview", aVisit().inProgress(), visit -> visit.recall(LATER)),
					move("no-show during the interview", aVisit().inProgress(), visit -> visit.noShow(LATER)),
					move("leave once called", aVisit().called(), visit -> visit.leave(LATER)),
					move("leave during the interview", aVisit().inProgress(), visit -> visit.leave(LATER)),
					move("finish twice", aVisit().finished(), visit -> visit.finish(Outcome.INFORMED, null, LATER)),
					move("start a finished visit", aVisit().finished(), visit -> visit.start(LATER)),
					move("transfer a finished visit", aVisit().finished(), visit -> visit.transfer(IMPRESA, LATER)),
					move("close a finished visit again", aVisit().finished(), visit -> visit.closeAtEndOfDay(LATER)),
					move("call back a visitor who left", aVisit().left(), visit -> visit.recall(LATER)),
					move("finish a visitor who left", aVisit().left(),
							visit -> visit.finish(Outcome.INFORMED, null, LATER)),
					move("transfer a visitor who left", aVisit().left(), visit -> visit.transfer(IMPRESA, LATER)),
					move("leave twice", aVisit().left(), visit -> visit.leave(LATER)),
					move("start a visit not served", aVisit().notServed(), visit -> visit.start(LATER)),
					move("close a visit not served again", aVisit().notServed(),
							visit -> visit.closeAtEndOfDay(LATER)));
		}

		static Arguments move(String name, Visit visit, Consumer<Visit> action) {
			return Arguments.of(name, visit, action);
		}

		@ParameterizedTest(name = "cannot {0}")
		@MethodSource("illegalMoves")
		void anIllegalMoveIsAConflictAndChangesNothing(String name, Visit visit, Consumer<Visit> action) {
			VisitStatus before = visit.status();
			Outcome outcome = visit.outcome();
			int calls = visit.callCount();
			int events = events(visit).size();

			assertThatThrownBy(() -> action.accept(visit)).isInstanceOfSatisfying(DomainException.class, refusal -> {
				assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(refusal.messageKey()).isEqualTo("reception.visit.illegalTransition");
			});
			assertThat(visit.status()).isEqualTo(before);
			assertThat(visit.outcome()).isEqualTo(outcome);
			assertThat(visit.callCount()).isEqualTo(calls);
			assertThat(events(visit)).as("no event for a move refused").hasSize(events);
		}

		@Test
		void aFinishNeedsAnOutcomeTheCounsellorMayChoose() {
			Visit visit = aVisit().inProgress();

			assertThatThrownBy(() -> visit.finish(null, null, LATER)).isInstanceOfSatisfying(DomainException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("reception.finish.outcomeRequired"));
			for (Outcome recordedBySystem : new Outcome[] { Outcome.NO_SHOW, Outcome.NOT_RECORDED }) {
				assertThatThrownBy(() -> visit.finish(recordedBySystem, null, LATER))
					.isInstanceOfSatisfying(DomainException.class, refusal -> {
						assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
						assertThat(refusal.messageKey()).isEqualTo("reception.finish.outcomeRequired");
					});
			}
			assertThat(visit.status()).isEqualTo(VisitStatus.IN_PROGRESS);
		}

		@Test
		void aReferralNeedsADestination() {
			Visit visit = aVisit().inProgress();

			assertThatThrownBy(() -> visit.finish(Outcome.REFERRED, null, LATER))
				.isInstanceOfSatisfying(DomainException.class, refusal -> {
					assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(refusal.messageKey()).isEqualTo("reception.finish.referralRequired");
				});
			assertThat(visit.status()).isEqualTo(VisitStatus.IN_PROGRESS);
		}

		@Test
		void aTransferToTheSameAreaIsRefused() {
			Visit visit = aVisit().called();

			assertThatThrownBy(() -> visit.transfer(LAVORO, LATER)).isInstanceOfSatisfying(DomainException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("reception.transfer.sameArea"));
			assertThat(visit.status()).isEqualTo(VisitStatus.CALLED);
			assertThat(visit.deskId()).isEqualTo(VisitBuilder.DESK);
		}

	}

	@Nested
	class Events {

		static Stream<Arguments> moves() {
			return Stream.of(
					Arguments.of("recall", aVisit().called(), (Consumer<Visit>) visit -> visit.recall(LATER),
							TicketCalled.class),
					Arguments.of("start", aVisit().called(), (Consumer<Visit>) visit -> visit.start(LATER),
							VisitStarted.class),
					Arguments.of("finish", aVisit().inProgress(),
							(Consumer<Visit>) visit -> visit.finish(Outcome.INFORMED, null, LATER),
							VisitFinished.class),
					Arguments.of("finish as left", aVisit().called(),
							(Consumer<Visit>) visit -> visit.finish(Outcome.LEFT_BEFORE_SERVED, null, LATER),
							VisitLeft.class),
					Arguments.of("no-show", aVisit().called(), (Consumer<Visit>) visit -> visit.noShow(LATER),
							VisitLeft.class),
					Arguments.of("leave", aVisit().waiting(), (Consumer<Visit>) visit -> visit.leave(LATER),
							VisitLeft.class),
					Arguments.of("transfer", aVisit().called(),
							(Consumer<Visit>) visit -> visit.transfer(IMPRESA, LATER), VisitTransferred.class),
					Arguments.of("close at the end of the day", aVisit().waiting(),
							(Consumer<Visit>) visit -> visit.closeAtEndOfDay(LATER), VisitNotServed.class));
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("moves")
		void eachMoveRegistersItsEventForTheRepositoryToPublish(String name, Visit visit, Consumer<Visit> move,
				Class<?> event) {
			int before = events(visit).size();

			move.accept(visit);

			assertThat(events(visit)).hasSize(before + 1).last().isInstanceOf(event);
		}

	}

	static List<Object> events(Visit visit) {
		Collection<Object> events = ReflectionTestUtils.invokeMethod(visit, "domainEvents");
		return List.copyOf(events);
	}

}
