package it.mestieri.rota;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.reception.ReceptionEvents.DeskTaken;

/** Desks taken by a counsellor with no shift there then, kept for the coordinator. */
@Component
class OffRotaTakes {

	private final Rota rota;

	private final RotaStore store;

	OffRotaTakes(Rota rota, RotaStore store) {
		this.rota = rota;
		this.store = store;
	}

	@ApplicationModuleListener
	void on(DeskTaken taken) {
		if (!rota.onDuty(taken.counsellor(), taken.desk(), taken.takenAt())) {
			store.recordOffRotaTake(taken.desk(), taken.counsellor(), taken.takenAt());
		}
	}

	@Transactional(readOnly = true)
	List<RotaStore.OffRotaTake> between(Instant from, Instant to) {
		return store.offRotaTakes(from, to);
	}

}
