package it.mestieri.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The wait-time rule the public wait page explains. */
class WaitEstimateTest {

	static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

	@Test
	void theFirstInLineDoesNotWait() {
		assertThat(new WaitEstimate(0, 2, QUARTER_HOUR).minutes()).isZero();
	}

	@Test
	void aNegativeNumberAheadCountsAsNobody() {
		assertThat(new WaitEstimate(-1, 1, QUARTER_HOUR).minutes()).isZero();
	}

	@Test
	void eachPersonAheadAddsOneServiceTimeAtASingleDesk() {
		assertThat(new WaitEstimate(3, 1, QUARTER_HOUR).minutes()).isEqualTo(45);
	}

	@Test
	void thePeopleAheadAreSharedAmongTheOpenDesks() {
		assertThat(new WaitEstimate(4, 2, QUARTER_HOUR).minutes()).isEqualTo(30);
	}

	@Test
	void partOfAMinuteCountsAsAWholeOne() {
		assertThat(new WaitEstimate(3, 2, QUARTER_HOUR).minutes()).isEqualTo(23);
		assertThat(new WaitEstimate(1, 1, Duration.ofSeconds(90)).minutes()).isEqualTo(2);
	}

	@Test
	void withNoDeskOpenTheEstimateAssumesOneWillOpen() {
		assertThat(new WaitEstimate(3, 0, QUARTER_HOUR).minutes()).isEqualTo(45);
	}

}
