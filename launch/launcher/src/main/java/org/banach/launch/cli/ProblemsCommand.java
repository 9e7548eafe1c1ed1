package org.banach.launch.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.banach.api.ParameterSpec;
import org.banach.api.ProblemDescriptor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** banach problems. */
@Command(name = "problems", 
        description = {"List the benchmark problems (id, family, dimension, known optimum).",
            "Problem parameters are given to solve as --param K=V; -l lists them with their help and the "
                    + "problem's reference."})
final class ProblemsCommand implements Callable<Integer> {

    @Mixin
    RuntimeOptions runtime;

    @Option(names = "--json", description = "Print a JSON array of {id, family, dimension, knownOptimum (or null), "
            + "reference, description, parameters: [{name, type, default, range, help}]}.")
    boolean json;

    @Option(names = {"-l", "--long"}, description = "Also list each problem's parameters with their help.")
    boolean long_;

    @Override
    public Integer call() {
        try (Session s = Session.open(runtime, false)) {
            List<ProblemDescriptor> problems = s.platform().problems().stream()
                    .sorted(Comparator.comparing(ProblemDescriptor::id)).collect(Collectors.toList());
            if (json) {
                Cli.out().println(Cli.json(problems.stream().map(Listings::problem).collect(Collectors.toList())));
                return Main.OK;
            }
            if (problems.isEmpty()) {
                Cli.out().println("no problems installed");
                return Main.OK;
            }
            if (!long_) {
                List<List<String>> rows = new ArrayList<>();
                for (ProblemDescriptor p : problems) {
                    rows.add(List.of(p.id(), p.family(), String.valueOf(p.dimension()),
                            p.knownOptimum() == null ? "-" : Cli.num(p.knownOptimum()),
                            p.parameters().stream().map(ParameterSpec::name).collect(Collectors.joining(","))
                                    .replaceAll("^$", "-"),
                            Cli.clip(Listings.orDash(p.description()), 60)));
                }
                Cli.out().print(Cli.table(List.of("ID", "FAMILY", "DIM", "KNOWN OPTIMUM", "PARAMETERS", "DESCRIPTION"), rows));
                return Main.OK;
            }
            for (ProblemDescriptor p : problems) {
                Cli.out().println(p.id() + "  (" + p.family() + ", dimension " + p.dimension()
                        + (p.knownOptimum() == null ? "" : ", known optimum " + Cli.num(p.knownOptimum())) + ")");
                Listings.printDetails(p.description(), p.reference(), p.parameters());
            }
            return Main.OK;
        }
    }
}
