package it.mestieri.rota;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

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
}
