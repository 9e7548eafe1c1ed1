package org.banach.plugins.optim.problems.networks;

import java.util.HashMap;
import java.util.Map;

import org.banach.runtime.cpu.CpuBackend;

/** Helpers for this package's tests: a provider with the CPU backend bound, instances from name=value pairs. */
final class Networks {

    static final CpuBackend CPU = new CpuBackend();

    private Networks() {
    }

    static NetworkProblemProvider provider() {
        NetworkProblemProvider p = new NetworkProblemProvider();
        p.bindBackend(CPU);
        return p;
    }

    static Map<String, String> params(String... kvs) {
        Map<String, String> m = new HashMap<>();
        for (String kv : kvs) {
            int eq = kv.indexOf('=');
            m.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return m;
    }

    static Mlp mlp(String... kvs) {
        return (Mlp) provider().create("optim/mlp", params(kvs));
    }
}
