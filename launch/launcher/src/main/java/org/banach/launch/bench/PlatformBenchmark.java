package org.banach.launch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.banach.api.Job;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.ParameterType;
import org.banach.api.Platform;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverInfo;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.StudyReport;
import org.banach.api.backend.Backend;
import org.banach.launch.embed.Banach;
import org.banach.launch.embed.EmbeddedBanach;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * What the platform costs, measured in one run against baselines measured in the same run:
 * <ol type="a">
 * <li>runtime start to ready (framework start until the Platform service is present and every bundle
 * is ACTIVE), median of fresh starts, against a bare Felix start with no bundles;</li>
 * <li>a trivial job through {@link Platform#submit} (submit and await) against calling the same
 * {@link Solver} service object directly from the host with a minimal {@link Monitor}, after warm-up:
 * median per call and the ratio;</li>
 * <li>jobs per second through {@code submit} (no result store), against the same runs as a study
 * ({@link Platform#runStudy}, which stores every result as JSON and its trace as CSV).</li>
 * </ol>
 */
public final class PlatformBenchmark {

    /** What to measure and how often. */
    public static final class Config {
        public Path bundles;
        public double startTimeoutSeconds = 30;
        public int starts = 5;
        public int calls = 2000;
        public int warmup = 1000;
        public int jobs = 2000;
        public int studyRuns = 200;
        public String solver = "optim.gd";
        public String problem;
        public final Map<String, String> params = new LinkedHashMap<>();
        public final Map<String, String> settings = new LinkedHashMap<>();
        public Path csv;
    }

    /** One line of the figures table. */
    private static final class Row {
        final String part;
        final String measure;
        final double value;
        final String unit;
        final String baseline;
        final double ratio;
        final String note;

        Row(String part, String measure, double value, String unit, String baseline, double ratio, String note) {
            this.part = part;
            this.measure = measure;
            this.value = value;
            this.unit = unit;
            this.baseline = baseline;
            this.ratio = ratio;
            this.note = note;
        }
    }

    private final Config config;
    private final PrintStream out;
    private final PrintStream err;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> runtimeLog = new ArrayList<>();
    private boolean failed;
    private volatile EmbeddedBanach current;

    public PlatformBenchmark(Config config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs (a), (b) and (c), prints the table and writes the CSV when asked.
     *
     * @return true when every figure was measured (false: a row says FAILED and why)
     */
    public boolean run() throws Exception {
        Path work = Files.createTempDirectory("banach-bench-");
        // Ctrl-C: stop the runtime being measured and delete the temporary folders
        Thread hook = new Thread(() -> {
            EmbeddedBanach b = current;
            if (b != null) {
                b.close();
            }
            deleteTree(work);
        }, "banach-bench-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Path deploy = Files.createDirectories(work.resolve("deploy"));
            out.println("banach bench: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch"));
            startup(deploy, work);
            try (EmbeddedBanach banach = start(deploy)) {
                Platform platform = banach.platform();
                Trivial t = trivialJob(banach, platform);
                out.println("trivial job: " + t.spec + "  -> " + t.probe.status() + " in " + t.probe.iterations()
                        + " iterations");
                overhead(banach, platform, t);
                throughput(platform, t, work);
            }
            print();
            if (config.csv != null) {
                writeCsv(config.csv);
                out.println("figures written to " + config.csv.toAbsolutePath());
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook cleans up
            }
            deleteTree(work);
        }
        return !failed;
    }

    // ---- (a) start to ready -----------------------------------------------------------------------

    private void startup(Path deploy, Path work) throws Exception {
        out.println("(a) " + config.starts + " fresh starts in this JVM, after one cold start of each ...");
        double bareCold = bareFramework(work.resolve("bare-cold"));
        double[] bare = new double[config.starts];
        for (int i = 0; i < config.starts; i++) {
            bare[i] = bareFramework(work.resolve("bare-" + i));
        }
        double[] ready = new double[config.starts + 1];
        double[] close = new double[config.starts + 1];
        int bundles = 0;
        for (int i = 0; i <= config.starts; i++) { // i == 0: the cold start, reported on its own
            long t0 = System.nanoTime();
            EmbeddedBanach b = start(deploy);
            try {
                b.platform();
                long deadline = System.nanoTime() + (long) (config.startTimeoutSeconds * 1e9);
                while (!b.isReady()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the runtime did not become ready (every bundle ACTIVE): "
                                + System.lineSeparator() + b.diagnostics());
                    }
                    Thread.onSpinWait();
                }
                ready[i] = (System.nanoTime() - t0) / 1e9;
                bundles = b.context().getBundles().length - 1;
            } finally {
                long c0 = System.nanoTime();
                b.close();
                close[i] = (System.nanoTime() - c0) / 1e9;
            }
        }
        double readyCold = ready[0];
        ready = Arrays.copyOfRange(ready, 1, ready.length);
        close = Arrays.copyOfRange(close, 1, close.length);
        double bareMed = median(bare);
        double readyMed = median(ready);
        rows.add(new Row("a", "bare Felix start (no bundles), median", bareMed * 1e3, "ms", "", Double.NaN,
                range(bare, 1e3, "ms")));
        rows.add(new Row("a", "runtime start to ready (" + bundles + " bundles), median", readyMed * 1e3, "ms",
                "bare Felix start", readyMed / bareMed, range(ready, 1e3, "ms")));
        rows.add(new Row("a", "runtime start to ready, first in this JVM (cold)", readyCold * 1e3, "ms", "",
                Double.NaN, "after a cold bare Felix start of " + fmt(bareCold * 1e3) + " ms"));
        rows.add(new Row("a", "runtime close (stop + wait + delete storage), median", median(close) * 1e3, "ms", "",
                Double.NaN, range(close, 1e3, "ms")));
    }

    private static double bareFramework(Path storage) throws Exception {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Iterator<FrameworkFactory> it = ServiceLoader.load(FrameworkFactory.class, PlatformBenchmark.class.getClassLoader())
                .iterator();
        long t0 = System.nanoTime();
        Framework f = it.next().newFramework(props);
        f.init();
        f.start();
        double s = (System.nanoTime() - t0) / 1e9;
        f.stop();
        f.waitForStop(30_000);
        deleteTree(storage);
        return s;
    }

    private EmbeddedBanach start(Path deploy) {
        Banach.Builder b = Banach.builder().deploy(deploy)
                .startTimeout(Duration.ofMillis((long) (config.startTimeoutSeconds * 1000)))
                .log(line -> {
                    synchronized (runtimeLog) {
                        if (runtimeLog.size() < 100) {
                            runtimeLog.add(line);
                            err.println("banach: " + line);
                        }
                    }
                });
        if (config.bundles != null) {
            b.bundles(config.bundles);
        }
        EmbeddedBanach started = b.start();
        current = started;
        return started;
    }

    // ---- the trivial job --------------------------------------------------------------------------

    private static final class Trivial {
        RunSpec spec;
        Result probe;
        Solver<Problem> solver;
        Problem problem;
        Settings settings;
        Backend backend;
    }

    @SuppressWarnings("unchecked")
    private Trivial trivialJob(EmbeddedBanach banach, Platform platform) throws Exception {
        List<SolverInfo> solvers = platform.solvers();
        SolverInfo info = solvers.stream().filter(s -> s.id().equals(config.solver)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown solver '" + config.solver + "'; installed: "
                        + solvers.stream().map(SolverInfo::id).distinct().sorted().collect(Collectors.toList())));
        String problemId = config.problem;
        Map<String, String> settings = new LinkedHashMap<>(config.settings);
        if (problemId == null) {
            problemId = platform.problems().stream().filter(p -> p.family().equals(info.family()))
                    .map(ProblemDescriptor::id)
                    .filter(id -> id.matches("(?i).*(quadratic|sphere).*")).sorted().findFirst().orElse(null);
            if (problemId == null) {
                problemId = "optim/mgh/rosenbrock";
                for (ParameterSpec p : info.parameters()) {
                    if (p.type() == ParameterType.INTEGER && p.name().matches("(?i)max.*iter.*")
                            && !settings.containsKey(p.name())) {
                        settings.put(p.name(), String.valueOf(Math.min((long) p.max(), Math.max((long) p.min(), 1))));
                    }
                }
            }
        }
        Trivial t = new Trivial();
        t.spec = RunSpec.builder(config.solver, problemId).params(config.params).settings(settings).build();
        t.probe = platform.submit(t.spec).result().get();
        if (t.probe.status() == Status.INVALID_INPUT || t.probe.status() == Status.FAILED) {
            throw new IllegalArgumentException("the trivial job " + t.spec + " ended " + t.probe.status()
                    + (t.probe.message() == null ? "" : ": " + t.probe.message()));
        }

        BundleContext ctx = banach.context();
        ServiceReference<Solver<?>> sref = best(ctx, (Class<Solver<?>>) (Class<?>) Solver.class,
                "(" + SolverProperties.ID + "=" + config.solver + ")");
        t.solver = (Solver<Problem>) (Solver<?>) ctx.getService(sref);
        String pid = problemId;
        for (ServiceReference<ProblemProvider> pr : ctx.getServiceReferences(ProblemProvider.class, null)) {
            ProblemProvider provider = ctx.getService(pr);
            if (provider != null && provider.problems().stream().anyMatch(d -> d.id().equals(pid))) {
                t.problem = provider.create(pid, config.params);
                break;
            }
        }
        if (t.problem == null) {
            throw new IllegalArgumentException("no problem provider offers '" + pid + "'");
        }
        t.settings = Settings.validate(t.solver.parameters(), settings, 0L);
        for (ServiceReference<Backend> br : ctx.getServiceReferences(Backend.class, null)) {
            Backend b = ctx.getService(br);
            if (b != null && "cpu".equals(b.id())) {
                t.backend = b;
            }
        }
        return t;
    }

    private static <S> ServiceReference<S> best(BundleContext ctx, Class<S> type, String filter)
            throws InvalidSyntaxException {
        Collection<ServiceReference<S>> refs = ctx.getServiceReferences(type, filter);
        return refs.stream().max((x, y) -> {
            int c = x.compareTo(y); // ranking, then lower service id
            return c != 0 ? c : x.getBundle().getVersion().compareTo(y.getBundle().getVersion());
        }).orElseThrow(() -> new IllegalArgumentException("no service " + type.getSimpleName() + " " + filter));
    }

    /** The least a host must give a solver: no trace, no counters, never stops. */
    private static final class MinimalMonitor implements Monitor {
        private final Backend backend;

        MinimalMonitor(Backend backend) {
            this.backend = backend;
        }

        @Override
        public void iteration(long iteration, double objective, double measure) {
        }

        @Override
        public void count(String oracle, long n) {
        }

        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public Status stopReason() {
            return null;
        }

        @Override
        public Backend backend() {
            return backend;
        }
    }

    // ---- (b) overhead per job ---------------------------------------------------------------------

    private void overhead(EmbeddedBanach banach, Platform platform, Trivial t) throws Exception {
        out.println("(b) " + config.warmup + " warm-up + " + config.calls + " measured calls per path ...");
        Monitor monitor = new MinimalMonitor(t.backend);
        double sink = 0;
        for (int i = 0; i < config.warmup; i++) {
            sink += t.solver.solve(t.problem, t.settings, monitor).iterations();
            sink += platform.submit(t.spec).result().get().iterations();
        }
        double[] direct = new double[config.calls];
        double[] through = new double[config.calls];
        // Interleaved in blocks, so drift (JIT, GC, frequency) hits both paths alike.
        int block = 100;
        for (int start = 0; start < config.calls; start += block) {
            int end = Math.min(config.calls, start + block);
            for (int i = start; i < end; i++) {
                long t0 = System.nanoTime();
                Result r = t.solver.solve(t.problem, t.settings, monitor);
                direct[i] = (System.nanoTime() - t0) / 1e3;
                sink += r.iterations();
            }
            for (int i = start; i < end; i++) {
                long t0 = System.nanoTime();
                Result r = platform.submit(t.spec).result().get();
                through[i] = (System.nanoTime() - t0) / 1e3;
                sink += r.iterations();
            }
        }
        if (sink == 42.4242) {
            out.println();
        }
        double d = median(direct);
        double p = median(through);
        rows.add(new Row("b", "direct Solver.solve from the host, median per call", d, "us", "", Double.NaN,
                "p90 " + fmt(percentile(direct, 0.9)) + " us"));
        rows.add(new Row("b", "Platform.submit + await, median per call", p, "us", "direct call", p / d,
                "p90 " + fmt(percentile(through, 0.9)) + " us; overhead " + fmt(p - d) + " us per job"));
    }

    // ---- (c) throughput ---------------------------------------------------------------------------

    private void throughput(Platform platform, Trivial t, Path work) throws Exception {
        int window = Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
        out.println("(c) " + config.jobs + " jobs through submit (" + window + " in flight), " + config.studyRuns
                + " runs as a stored study ...");
        // one sequential pass: a job at a time
        int seqJobs = Math.min(config.jobs, 500);
        long s0 = System.nanoTime();
        for (int i = 0; i < seqJobs; i++) {
            platform.submit(t.spec).result().get();
        }
        double seqRate = seqJobs / ((System.nanoTime() - s0) / 1e9);

        Deque<CompletableFuture<Result>> inFlight = new ArrayDeque<>();
        int notOk = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < config.jobs; i++) {
            if (inFlight.size() >= window) {
                notOk += inFlight.removeFirst().get().status() == t.probe.status() ? 0 : 1;
            }
            Job j = platform.submit(RunSpec.builder(t.spec.solver(), t.spec.problemId()).params(t.spec.problemParameters())
                    .settings(t.spec.settings()).seed(i).build());
            inFlight.addLast(j.result());
        }
        while (!inFlight.isEmpty()) {
            notOk += inFlight.removeFirst().get().status() == t.probe.status() ? 0 : 1;
        }
        double rate = config.jobs / ((System.nanoTime() - t0) / 1e9);

        rows.add(new Row("c", "submit, one job at a time", seqRate, "jobs/s", "", Double.NaN, seqJobs + " jobs"));
        rows.add(new Row("c", "submit, " + window + " jobs in flight (no result store)", rate, "jobs/s",
                "one at a time", rate / seqRate, config.jobs + " jobs" + (notOk > 0 ? ", " + notOk + " ended otherwise" : "")));

        Path study = work.resolve("bench-study.json");
        Files.writeString(study, studyJson(t, config.studyRuns), StandardCharsets.UTF_8);
        Path outDir = Files.createDirectories(work.resolve("results"));
        try {
            long st0 = System.nanoTime();
            StudyReport report = platform.runStudy(study, outDir, null);
            double studyRate = config.studyRuns / ((System.nanoTime() - st0) / 1e9);
            long files;
            try (var s = Files.walk(report.directory())) {
                files = s.filter(Files::isRegularFile).count();
            }
            rows.add(new Row("c", "runStudy (result store: JSON + trace CSV per run)", studyRate, "jobs/s",
                    "submit, in flight", studyRate / rate, report.results().size() + " runs, " + files + " files"));
        } catch (RuntimeException e) {
            failed = true;
            rows.add(new Row("c", "runStudy (result store)", Double.NaN, "jobs/s", "", Double.NaN,
                    "FAILED: " + e.getMessage()));
        }
    }

    private static String studyJson(Trivial t, int runs) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"name\": \"bench\",\n  \"description\": \"banach bench: ").append(runs)
                .append(" trivial runs\",\n  \"runs\": [\n    {\"problem\": ").append(q(t.spec.problemId()))
                .append(", \"solver\": ").append(q(t.spec.solver()));
        sb.append(", \"params\": ").append(object(t.spec.problemParameters()));
        sb.append(", \"settings\": ").append(object(t.spec.settings()));
        sb.append(", \"repetitions\": ").append(runs).append("}\n  ]\n}\n");
        return sb.toString();
    }

    private static String object(Map<String, String> m) {
        return m.entrySet().stream().map(e -> q(e.getKey()) + ": " + q(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    // ---- output -----------------------------------------------------------------------------------

    private void print() {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"", "MEASURE", "VALUE", "UNIT", "RATIO", "AGAINST", "NOTE"});
        for (Row r : rows) {
            cells.add(new String[] {"(" + r.part + ")", r.measure, fmt(r.value), r.unit,
                Double.isNaN(r.ratio) ? "" : String.format(Locale.ROOT, "%.2fx", r.ratio), r.baseline, r.note});
        }
        int[] w = new int[7];
        for (String[] c : cells) {
            for (int i = 0; i < 7; i++) {
                w[i] = Math.max(w[i], c[i].length());
            }
        }
        out.println();
        for (String[] c : cells) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 7; i++) {
                boolean right = i == 2 || i == 4;
                String cell = right ? " ".repeat(w[i] - c[i].length()) + c[i] : c[i] + " ".repeat(w[i] - c[i].length());
                sb.append(cell).append("  ");
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private void writeCsv(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("part,measure,value,unit,ratio,against,note\n");
        for (Row r : rows) {
            sb.append(r.part).append(',').append(csv(r.measure)).append(',')
                    .append(Double.isNaN(r.value) ? "" : String.format(Locale.ROOT, "%.6g", r.value)).append(',')
                    .append(r.unit).append(',')
                    .append(Double.isNaN(r.ratio) ? "" : String.format(Locale.ROOT, "%.4f", r.ratio)).append(',')
                    .append(csv(r.baseline)).append(',').append(csv(r.note)).append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static double median(double[] v) {
        return percentile(v, 0.5);
    }

    static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            return Double.NaN;
        }
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return s[lo] + (s[hi] - s[lo]) * (pos - lo);
    }

    private static String range(double[] v, double scale, String unit) {
        double[] s = v.clone();
        Arrays.sort(s);
        return "min " + fmt(s[0] * scale) + ", max " + fmt(s[s.length - 1] * scale) + " " + unit + ", n=" + s.length;
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var s = Files.walk(root)) {
            s.sorted((x, y) -> y.getNameCount() - x.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
