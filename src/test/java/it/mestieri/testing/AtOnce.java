package it.mestieri.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls at the same moment, each on a thread of its own, all released together: two
 * people saving the same thing at once, as the server sees them. The results come back in
 * the calls' order; a call that throws makes {@link #run} throw.
 */
public final class AtOnce {

	private AtOnce() {
	}

	@SafeVarargs
	public static <T> List<T> run(Callable<T>... calls) throws Exception {
		return run(List.of(calls));
	}

	public static <T> List<T> run(List<Callable<T>> calls) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(calls.size());
		try {
			List<Future<T>> answers = new ArrayList<>();
			for (Callable<T> call : calls) {
				answers.add(threads.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> answer : answers) {
				results.add(answer.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
