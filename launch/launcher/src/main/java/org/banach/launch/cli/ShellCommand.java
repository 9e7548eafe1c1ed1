package org.banach.launch.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** banach shell. */
@Command(name = "shell", 
        description = {"Interactive Gogo shell with the banach:* commands.",
            "Commands: banach:solvers, banach:problems, "
                + "banach:backends, banach:solve, banach:study, banach:jobs, banach:cancel, banach:results, and "
                + "Felix's lb, inspect, ... Solver bundles dropped into the deploy folder appear while it runs.",
            "Leave with 'exit' or end of input (Ctrl-D)."})
final class ShellCommand implements Callable<Integer> {

    @Mixin
    RuntimeOptions runtime;

    @Override
    public Integer call() throws InterruptedException {
        Cli.out().println("Banach shell: banach:solvers, banach:problems, banach:solve ... (help banach:solve); "
                + "lb lists the bundles; solver bundles dropped into " + runtime.deployFolder()
                + " appear within a second; 'exit' or Ctrl-D leaves.");
        try (Session s = Session.open(runtime, true)) {
            s.platform(); // ready, or a clear error listing what did not start
            s.banach().awaitStop();
            return Main.OK;
        }
    }
}
