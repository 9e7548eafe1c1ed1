package org.banach.launch.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.banach.api.SolverInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** banach solvers. */
@Command(name = "solvers", 
        description = {"List the installed solvers (id, version, problem family, reference).",
            "With -l also their parameters: name, type, default, range, help."})
final class SolversCommand implements Callable<Integer> {

    @Mixin
    RuntimeOptions runtime;

    @Option(names = "--json", description = "Print a JSON array of {id, version, problem, reference, description, "
            + "bundle, parameters: [{name, type, default, range, help}]}.")
    boolean json;

    @Option(names = {"-l", "--long"}, description = "Also list each solver's parameters.")
    boolean long_;

    @Override
    public Integer call() {
        try (Session s = Session.open(runtime, false)) {
            List<SolverInfo> solvers = s.platform().solvers().stream()
                    .sorted(Comparator.comparing(SolverInfo::id).thenComparing(SolverInfo::version))
                    .collect(Collectors.toList());
            if (json) {
                Cli.out().println(Cli.json(solvers.stream().map(Listings::solver).collect(Collectors.toList())));
                return Main.OK;
            }
            if (solvers.isEmpty()) {
                Cli.out().println("no solvers installed (drop a plugin bundle into " + s.banach().deployFolder() + ")");
                return Main.OK;
            }
            List<String> header = List.of("ID", "VERSION", "PROBLEM", "REFERENCE");
            if (!long_) {
                List<List<String>> rows = new ArrayList<>();
                for (SolverInfo i : solvers) {
                    rows.add(List.of(i.id(), i.version(), i.family(), Cli.clip(Listings.orDash(i.reference()), 100)));
                }
                Cli.out().print(Cli.table(header, rows));
                return Main.OK;
            }
            for (SolverInfo i : solvers) {
                Cli.out().println(i.id() + " " + i.version() + "  (" + i.family() + ", bundle " + i.bundle() + ")");
                Listings.printDetails(i.description(), i.reference(), i.parameters());
            }
            return Main.OK;
        }
    }
}
