import com.sun.tools.attach.VirtualMachine;

/**
 * Loads a native agent into a running JVM: {@code java AttachAgent.java PID LIBRARY OPTIONS}.
 * Used by bench/search/profile.sh for async-profiler, whose options hold '=' and ',' that
 * {@code jcmd JVMTI.agent_load} takes for its own arguments.
 */
public class AttachAgent {

	public static void main(String[] args) throws Exception {
		VirtualMachine vm = VirtualMachine.attach(args[0]);
		try {
			vm.loadAgentPath(args[1], args[2]);
		}
		finally {
			vm.detach();
		}
	}
}
