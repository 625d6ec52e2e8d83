package it.mestieri.reception;

import org.springframework.ui.Model;

/**
 * A form another module shows on the desk page in place of the plain finish form (the
 * interview record of {@code counselling}): reception names no module above it, the
 * module plugs in here.
 */
public interface DeskFinishForm {

	/**
	 * The Thymeleaf fragment to include, such as
	 * {@code counselling/interview-form :: form}.
	 */
	String fragment();

	/**
	 * Adds what the fragment needs to show the visit at the desk of the current
	 * counsellor.
	 */
	void prepare(DeskView desk, Model model);

}
