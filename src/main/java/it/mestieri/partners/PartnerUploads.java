package it.mestieri.partners;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import it.mestieri.shared.UploadEndpoint;

/**
 * The partners' upload addresses: agreement documents (PDF) and the HSDS file of the
 * import page.
 */
@Configuration(proxyBeanMethods = false)
class PartnerUploads {

	@Bean
	UploadEndpoint agreementDocuments(@Value("${mestieri.partners.max-document-size:10MB}") DataSize limit) {
		return UploadEndpoint.of(limit, "partners.document.tooLarge", "/api/v1/agreements/{id}/documents",
				"/partners/agreements/{id}/documents");
	}

	@Bean
	UploadEndpoint hsdsFile() {
		return UploadEndpoint.of(DataSize.ofBytes(HsdsImport.MAX_BYTES), "partners.hsds.tooLarge",
				"/partners/hsds/import");
	}

}
