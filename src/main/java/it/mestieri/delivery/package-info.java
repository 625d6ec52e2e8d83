/**
 * Committed versus delivered: per partner, agreement and period, what each party promised
 * against the hours on the rota and actually worked at the desks, the interviews recorded
 * and the resources the coordinator logged.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "centre", "identity", "partners",
		"reception", "rota", "counselling", "calendar" })
package it.mestieri.delivery;
