package it.mestieri.reception;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reception settings.
 *
 * @param priorityAdvance how far ahead a priority ticket is placed: it goes before every
 * ordinary ticket that checked in less than this before it (0 turns priority off)
 * @param defaultServiceTime the service time assumed before there are recent visits to
 * measure
 * @param serviceTimeSample how many recent finished visits of the area the estimate
 * averages
 * @param serviceTimeWindow how far back a finished visit counts as recent
 * @param boardSize how many calls the hall display shows
 * @param kioskTicketsPerMinutePerAddress flood limit of the kiosk, per network address
 * @param kioskTicketsPerMinute flood limit of the kiosk, all addresses together
 * @param boardFeeds live feeds of the hall display open at once on this node, all
 * addresses together
 * @param boardFeedsPerAddress live feeds open at once from one network address
 */
@ConfigurationProperties("mestieri.reception")
public record ReceptionProperties(Duration priorityAdvance, Duration defaultServiceTime, int serviceTimeSample,
		Duration serviceTimeWindow, int boardSize, int kioskTicketsPerMinutePerAddress, int kioskTicketsPerMinute,
		int boardFeeds, int boardFeedsPerAddress) {
}
