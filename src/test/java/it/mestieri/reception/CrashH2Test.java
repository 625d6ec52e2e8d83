package it.mestieri.reception;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** A kill during check-ins on the embedded H2 default, with its default settings. */
class CrashH2Test extends CrashTests {

	private String url;

	@Override
	List<String> database() throws Exception {
		url = defaultH2Url(folder.resolve("mestieri"));
		return List.of("--spring.datasource.url=" + url);
	}

	@Override
	Set<Long> visitsInTheDatabase() throws SQLException {
		return ids(h2(url), "reception_visit");
	}

}
