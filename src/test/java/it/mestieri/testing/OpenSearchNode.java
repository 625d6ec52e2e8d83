package it.mestieri.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * The OpenSearch test node's process (see {@link LocalOpenSearch}): one node on loopback,
 * on a free port, its data under the folder given as argument. Prints its HTTP port, then
 * runs until its standard input closes, which happens when the test JVM ends, however it
 * ends.
 */
public final class OpenSearchNode {

	static final String READY = "OPENSEARCH_HTTP_PORT=";

	private OpenSearchNode() {
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.builder()
			.put("path.home", Path.of(args[0]).toString())
			.put("cluster.name", "mestieri-test")
			.put("node.name", "mestieri-test")
			.put("network.host", "127.0.0.1")
			.put("http.port", "0")
			.put("transport.port", "0")
			.put("http.type", "netty4")
			.put("transport.type", "netty4")
			.put("discovery.type", "single-node")
			// A nearly full disk of a build machine must not make the indexes read-only.
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
		Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
				() -> "mestieri-test");
		Node node = new PluginNode(environment,
				List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class))
			.start();
		int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
		System.out.println(READY + port);
		System.out.flush();
		while (System.in.read() >= 0) {
			// Nothing is sent: the end of the stream is the signal to stop.
		}
		try {
			node.close();
		}
		catch (IOException ex) {
			// Exiting anyway.
		}
		System.exit(0);
	}

	/**
	 * A node with plugins from the classpath (the public constructor loads them from a
	 * folder).
	 */
	private static final class PluginNode extends Node {

		PluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
			super(environment, plugins, true);
		}

	}

}
