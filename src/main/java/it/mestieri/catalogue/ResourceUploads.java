package it.mestieri.catalogue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import it.mestieri.shared.UploadEndpoint;

/**
 * The resource centre's upload addresses: classification packages and the JSON-LD file of
 * the import page.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUploads {

	@Bean
	UploadEndpoint classificationPackages(@Value("${mestieri.resources.max-package-size:100MB}") DataSize limit) {
		return UploadEndpoint.of(limit, "resources.import.tooLarge", "/api/v1/import/esco",
				"/resources/classification/import");
	}

	@Bean
	UploadEndpoint jsonLdFile() {
		return UploadEndpoint.of(DataSize.ofBytes(JsonLdImport.MAX_BYTES), "resources.jsonld.tooLarge",
				"/resources/import");
	}

}
