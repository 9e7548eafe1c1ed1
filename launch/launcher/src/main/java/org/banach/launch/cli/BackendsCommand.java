package org.banach.launch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.banach.api.backend.DeviceInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** banach backends. */
@Command(name = "backends", 
        description = "List the compute backends (cpu, cuda:N) and their devices.")
final class BackendsCommand implements Callable<Integer> {

    @Mixin
    RuntimeOptions runtime;

    @Option(names = "--json", description = "Print a JSON array of {id, kind, name, memoryBytes, peakGflops, "
            + "peakBandwidthGBs} (unknown figures are null).")
    boolean json;

    @Override
    public Integer call() {
        try (Session s = Session.open(runtime, false)) {
            List<DeviceInfo> backends = s.platform().backends();
            if (json) {
                Cli.out().println(Cli.json(backends.stream().map(Listings::backend).collect(Collectors.toList())));
                return Main.OK;
            }
            if (backends.isEmpty()) {
                Cli.out().println("no backends registered");
                return Main.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            for (DeviceInfo d : backends) {
                rows.add(List.of(d.id(), d.kind(), d.name(), Listings.bytes(d.memoryBytes()), Cli.num(d.peakGflops()),
                        Cli.num(d.peakBandwidthGBs())));
            }
            Cli.out().print(Cli.table(List.of("ID", "KIND", "DEVICE", "MEMORY", "PEAK GFLOP/S", "PEAK GB/S"), rows));
            return Main.OK;
        }
    }
}
