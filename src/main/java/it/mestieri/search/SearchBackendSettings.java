package it.mestieri.search;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Drops the Lucene-only settings (the index directory, set in application.properties)
 * when the backend is Elasticsearch, before the persistence unit starts: switching is
 * then only adding properties, and Hibernate Search has no unused settings to warn about.
 */
@Component
class SearchBackendSettings implements BeanPostProcessor {

	static final String BACKEND_TYPE = "hibernate.search.backend.type";
	static final String LUCENE_DIRECTORY = "hibernate.search.backend.directory.";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
			dropLuceneSettingsOnElasticsearch(factory.getJpaPropertyMap());
		}
		return bean;
	}

	static void dropLuceneSettingsOnElasticsearch(Map<String, Object> properties) {
		Object type = properties.get(BACKEND_TYPE);
		if (type != null && "elasticsearch".equals(type.toString().strip())) {
			properties.keySet().removeIf(key -> key.startsWith(LUCENE_DIRECTORY));
		}
	}

}
