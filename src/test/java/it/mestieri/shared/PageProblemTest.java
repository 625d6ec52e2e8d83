package it.mestieri.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;

/** How a page form's change ends: where it leads, or the page again with the reason. */
class PageProblemTest {

	final ExtendedModelMap model = new ExtendedModelMap();

	final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void aChangeMadeLeadsWhereTheChangeSays() {
		assertThat(PageProblem.attempt(() -> "redirect:/done", model, response, refusal -> "form"))
			.isEqualTo("redirect:/done");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(model).doesNotContainKey("problem");
	}

	@Test
	void aRefusedChangeShowsThePageAgainWithTheReasonAndTheApisStatus() {
		DomainException stale = DomainException.conflict("partners.changed");

		String view = PageProblem.attempt(() -> {
			throw stale;
		}, model, response, refusal -> refusal == stale ? "form" : "wrong");

		assertThat(view).isEqualTo("form");
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(model).containsEntry("problem", "partners.changed");
	}

	@Test
	void somethingMissingGoesToTheErrorPage() {
		DomainException missing = DomainException.notFound("partners.unknown", "7");

		assertThatThrownBy(() -> PageProblem.attempt(() -> {
			throw missing;
		}, model, response, refusal -> "form")).isSameAs(missing);
		assertThat(model).doesNotContainKey("problem");
	}

	@Test
	void aBoundFormGetsTheReasonAsOneOfItsErrors() {
		BeanPropertyBindingResult form = new BeanPropertyBindingResult(new Object(), "form");

		String view = PageProblem.attempt(() -> {
			throw DomainException.invalid("identity.password.tooLong", 72);
		}, form, response, () -> "identity/password");

		assertThat(view).isEqualTo("identity/password");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(form.getGlobalError()).isNotNull()
			.satisfies(error -> assertThat(error.getCode()).isEqualTo("identity.password.tooLong"));
	}

}
