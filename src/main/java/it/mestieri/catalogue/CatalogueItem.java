package it.mestieri.catalogue;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

import it.mestieri.shared.EditedEntity;

/**
 * What the four kinds of item share: a title and the language it is written in, besides
 * what every edited record has. Each kind's table keeps these columns of its own.
 *
 * @param <D> what a coordinator or an import says about an item of this kind
 */
@MappedSuperclass
public abstract class CatalogueItem<D> extends EditedEntity {

	private String title;

	private String language;

	protected CatalogueItem() {
	}

	CatalogueItem(Instant now) {
		super(now);
	}

	/** Takes over a checked draft. */
	abstract void apply(D draft, Instant now);

	/** Takes over the checked title and language of a draft. */
	void edited(String newTitle, String newLanguage, Instant now) {
		this.title = newTitle;
		this.language = newLanguage;
		edited(now);
	}

	public String title() {
		return title;
	}

	public String language() {
		return language;
	}

}
