package it.mestieri.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;
import it.mestieri.reception.DutyRoster;

/** Reception's questions about duty, answered from the rota. */
@Component
class RotaDutyRoster implements DutyRoster {

	private final Rota rota;

	RotaDutyRoster(Rota rota) {
		this.rota = rota;
	}

	@Override
	public boolean onDuty(StaffId counsellor, DeskId desk, Instant at) {
		return rota.onDuty(counsellor, desk, at);
	}

	@Override
	public Map<AreaId, LocalTime> onDutyUntil(SiteId site, Instant at) {
		return rota.onDutyUntil(site, at);
	}

	@Override
	public Optional<String> closedOn(SiteId site, LocalDate day) {
		return rota.closingDays(day, day)
			.stream()
			.filter(closing -> closing.closes(site))
			.findFirst()
			.map(closing -> closing.reason() == null ? "" : closing.reason());
	}

}
