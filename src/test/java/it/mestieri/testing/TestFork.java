package it.mestieri.testing;

/**
 * Which of the build's test JVMs this is: Maven runs the test classes in two JVMs side by
 * side ({@code forkCount} in the pom), which must not share a PostgreSQL schema or a log
 * file. The first keeps the plain names, so that a single JVM (an IDE, {@code -Dtest=})
 * works in {@code mestieri_test} as before.
 */
public final class TestFork {

	private static final String NUMBER = System.getProperty("mestieri.test.fork", "1");

	private TestFork() {
	}

	/** Nothing in the first JVM; the separator and the JVM's number in the others. */
	public static String suffix(String separator) {
		return "1".equals(NUMBER) || NUMBER.isBlank() ? "" : separator + NUMBER;
	}

}
