package dev.engagement.bench;

import static dev.engagement.bench.BenchTable.f;

import dev.engagement.api.ApiRules;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.EngagementRequest;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.RequestJson;
import dev.engagement.app.RunContext;
import dev.engagement.http.HttpResult;
import dev.engagement.http.OAuth1Authenticator;
import dev.engagement.http.Transport;
import dev.engagement.http.WireRequest;
import dev.engagement.app.StopSignal;
import dev.engagement.cli.Main;
import dev.engagement.http.Sleeper;
import dev.engagement.input.InputOptions;
import dev.engagement.input.InputSummary;
import java.util.PrimitiveIterator;
import dev.engagement.input.TweetIdReader;
import dev.engagement.sandbox.Sandbox;
import dev.engagement.sandbox.SandboxConfig;
import dev.engagement.sandbox.SandboxCredentials;
import dev.engagement.sandbox.SandboxData;
import java.io.BufferedWriter;
import java.io.File;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The benchmark: starts the sandbox in this JVM, runs the real command line against it, and prints
 * one table of ratios measured within this run (README "Performance"). Run with
 * {@code mvn -B -Pbench verify}; the argument picks sections ({@code all} or a comma list of
 * overhead, ratelimit, startup, memory, input, faults).
 */
public final class EngagementBench {
    static final Path JAR = Path.of("target/engagement.jar");
    static final Path WORK = Path.of("target/bench");
    static final Path RESULTS = Path.of("bench");
    static final String HOURLY = "h=tweet.id,engagement.type,engagement.day,engagement.hour";

    private final BenchTable table = new BenchTable();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Clock fixedClock = Clock.fixed(now, ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        Set<String> all = Set.of("overhead", "ratelimit", "startup", "memory", "input", "faults", "store");
        Set<String> sections = args.length == 0 || args[0].equals("all") ? all : Set.of(args[0].split(","));
        EngagementBench b = new EngagementBench();
        long t0 = System.nanoTime();
        Files.createDirectories(WORK);
        b.describeMachine();
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn -Pbench verify (it packages first)");
        }
        if (sections.contains("overhead")) {
            b.overhead();
        }
        if (sections.contains("faults")) {
            b.faults();
        }
        if (sections.contains("input")) {
            b.input();
        }
        if (sections.contains("memory")) {
            b.memory();
        }
        if (sections.contains("startup")) {
            b.startup();
        }
        if (sections.contains("ratelimit")) {
            b.rateLimit();
        }
        if (sections.contains("store")) {
            b.store();
        }
        b.table.machine("took", f("%.0f s", (System.nanoTime() - t0) / 1e9));
        String text = b.table.text();
        System.out.print(text);
        System.out.flush();
        if (sections.equals(all)) {
            Files.createDirectories(RESULTS);
            Files.writeString(RESULTS.resolve("latest.txt"), text);
            Files.writeString(RESULTS.resolve("latest.json"), b.table.json());
            System.err.println("[bench] wrote bench/latest.txt and bench/latest.json");
        } else {
            Files.writeString(WORK.resolve("partial.txt"), text);
            System.err.println("[bench] only some sections ran: wrote target/bench/partial.txt, bench/ left as it was");
        }
        System.exit(0);
    }

    private void describeMachine() throws IOException {
        String cpu = "?";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
                break;
            }
        }
        String mem = "?";
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                mem = f("%.1f GiB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
            }
        }
        table.machine("cpu", Runtime.getRuntime().availableProcessors() + " cores, " + cpu);
        table.machine("memory", mem);
        table.machine("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        table.machine("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        table.machine("date", now.toString());
    }

    // ================================================================== 1. client overhead

    /** Runs of the measured command before it is measured, and of the floor before the floor. */
    private static final int WARM_UP_RUNS = 4;

    private void overhead() throws Exception {
        String s = "1 overhead";
        // The fixed clock never starts a new minute, so the budget covers all the section's requests (about 20,000).
        SandboxConfig config = SandboxConfig.builder().clock(fixedClock).requestsPerMinute(50_000).build();
        try (Sandbox sandbox = Sandbox.start(config)) {
            long[] ids = ownedIds(sandbox.data(), 100_000, Duration.ofDays(1), Duration.ofDays(80), 11);
            Path totals = writeIds("overhead-totals-100k.txt", ids, ids.length);
            long[] recent = ownedIds(sandbox.data(), 10_000, Duration.ofHours(2), Duration.ofDays(6), 13);
            Path hourly = writeIds("overhead-28hr-10k.txt", recent, recent.length);
            // Warm-up: the same runs, until the JIT has compiled the client and the sandbox (about 1,500
            // requests each; fewer leave the measured run partly interpreted), so the rows measure steady work.
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                run(sandbox, fixedClock, Sleeper.SYSTEM, new NullOut(), "totals", totals.toString());
                run(sandbox, fixedClock, Sleeper.SYSTEM, new NullOut(), "28hr", "-g", HOURLY, hourly.toString());
            }

            List<Grouping> totalsGroupings = ApiRules.parseGroupings(Endpoint.TOTALS, ApiRules.defaultGroupings(), false)
                    .value();
            List<Grouping> hourlyGroupings = ApiRules.parseGroupings(Endpoint.HOURS_28,
                    Map.of("h", List.of(HOURLY.substring(2).split(","))), false).value();
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                floor(sandbox, Endpoint.TOTALS, totalsGroupings, ids);
                floor(sandbox, Endpoint.HOURS_28, hourlyGroupings, recent);
            }
            InTurn<Measured, Floor> totalsRun = inTurn(() -> measure(sandbox, fixedClock, "totals", totals.toString()),
                    Measured::cpuPerRequestUs, () -> floor(sandbox, Endpoint.TOTALS, totalsGroupings, ids),
                    Floor::cpuPerRequestUs);
            InTurn<Measured, Floor> hourlyRun = inTurn(
                    () -> measure(sandbox, fixedClock, "28hr", "-g", HOURLY, hourly.toString()),
                    Measured::cpuPerRequestUs, () -> floor(sandbox, Endpoint.HOURS_28, hourlyGroupings, recent),
                    Floor::cpuPerRequestUs);
            reportOverhead(s, "totals 100k", totalsRun.first(), 100_000);
            reportOverhead(s, "28hr 10k hourly", hourlyRun.first(), 10_000);
            reportFloor(s, "totals 100k", totalsRun.first(), totalsRun.second(), 1.5);
            reportFloor(s, "28hr 10k hourly", hourlyRun.first(), hourlyRun.second(), 2.0);
            profile(s, "totals 100k", sandbox, "totals", totals.toString());
            profile(s, "28hr 10k hourly", sandbox, "28hr", "-g", HOURLY, hourly.toString());
            for (int i = 0; i < WARM_UP_RUNS / 2; i++) {
                run(sandbox, fixedClock, Sleeper.SYSTEM, new NullOut(), "totals", "-f", "csv", totals.toString());
                run(sandbox, fixedClock, Sleeper.SYSTEM, new NullOut(), "28hr", "-g", HOURLY, "-f", "csv",
                        hourly.toString());
            }
            reportCsv(s, "totals 100k", inTurn(sandbox, new String[] {"totals", totals.toString()},
                    new String[] {"totals", "-f", "csv", totals.toString()}));
            reportCsv(s, "28hr 10k hourly", inTurn(sandbox, new String[] {"28hr", "-g", HOURLY, hourly.toString()},
                    new String[] {"28hr", "-g", HOURLY, "-f", "csv", hourly.toString()}));
        }
    }

    /**
     * Measured runs of each overhead row: the one with the least client CPU is reported. A single run
     * moved by 20-30 % from one benchmark to the next on a shared machine; the least of three by far less.
     */
    private static final int MEASURED_RUNS = 3;

    /** Two measures taken in turn, each the least of its runs. */
    record InTurn<A, B>(A first, B second) {
    }

    /**
     * {@link #MEASURED_RUNS} runs of {@code a} and of {@code b} taken in turn, so that a busy spell of the
     * machine falls on both sides of their ratio rather than on one; the least of each by its cost.
     */
    private static <A, B> InTurn<A, B> inTurn(Callable<A> a, ToDoubleFunction<A> costA, Callable<B> b,
            ToDoubleFunction<B> costB) throws Exception {
        A leastA = null;
        B leastB = null;
        for (int i = 0; i < MEASURED_RUNS; i++) {
            leastA = least(leastA, a.call(), costA);
            leastB = least(leastB, b.call(), costB);
        }
        return new InTurn<>(leastA, leastB);
    }

    private static <T> T least(T so, T run, ToDoubleFunction<T> cost) {
        return so == null || cost.applyAsDouble(run) < cost.applyAsDouble(so) ? run : so;
    }

    /** Runs of the same command with JSON and with CSV output, in turn. */
    private InTurn<Measured, Measured> inTurn(Sandbox sandbox, String[] json, String[] csv) throws Exception {
        return inTurn(() -> measure(sandbox, fixedClock, json), Measured::cpuPerRequestUs,
                () -> measure(sandbox, fixedClock, csv), Measured::cpuPerRequestUs);
    }

    /** The same run written as tidy CSV (a row per count) rather than JSON: client CPU per request. */
    private void reportCsv(String s, String name, InTurn<Measured, Measured> jsonAndCsv) {
        Measured csv = jsonAndCsv.second();
        double csvUs = csv.cpuPerRequestUs();
        double jsonUs = jsonAndCsv.first().cpuPerRequestUs();
        table.info(s, name + " -f csv: client CPU per request", f("%.0f us", csvUs),
                f("%.2fx the JSON run's %.0f us; output %,d bytes", csvUs / jsonUs, jsonUs, csv.outBytes));
    }

    /**
     * The snapshot store: a /totals run of 150k IDs (about a million counts), then the same run
     * stored into a SQLite file from its journal ({@code store add}, what --store does after the
     * result): rows per second of that write, and its share of the client CPU of fetch plus store.
     */
    private void store() throws Exception {
        String s = "7 store";
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().clock(fixedClock).build())) {
            long[] ids = ownedIds(sandbox.data(), 150_000, Duration.ofDays(1), Duration.ofDays(80), 17);
            Path file = writeIds("store-totals-150k.txt", ids, ids.length);
            Path warm = writeIds("store-warm.txt", ids, 20_000);
            Path db = WORK.resolve("store-bench.db");
            Path journal = WORK.resolve("store-bench.journal");
            Files.deleteIfExists(db);
            run(sandbox, fixedClock, Sleeper.SYSTEM, new NullOut(), "totals", "--no-journal", "--store", db.toString(),
                    warm.toString());
            Files.deleteIfExists(db);
            Files.deleteIfExists(journal);
            Measured fetch = measure(sandbox, fixedClock, "totals", "--fresh", "--journal", journal.toString(),
                    file.toString());
            Measured store = measure(sandbox, fixedClock, "store", "add", "--store", db.toString(), journal.toString());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Stored snapshot \\d+ \\(([0-9,]+) counts\\)")
                    .matcher(store.err());
            long rows = m.find() ? Long.parseLong(m.group(1).replace(",", "")) : -1;
            double wall = store.wallNanos() / 1e9;
            double share = (double) store.clientCpu() / (store.clientCpu() + fetch.clientCpu());
            table.info(s, "1M counts into SQLite: rows/s", f("%,.0f", rows / wall),
                    f("%,d count rows (150k IDs x 7 metrics) read from the journal and written in %.2f s wall, "
                            + "%.2f s CPU; file %,d bytes", rows, wall, store.clientCpu() / 1e9, Files.size(db)));
            table.add(s, "1M counts into SQLite: store's share of client CPU", f("%.1f %%", share * 100), "< 50 %",
                    share < 0.5, f("client thread: fetch %.2f s (%.2f s wall), store %.2f s", fetch.clientCpu() / 1e9,
                            fetch.wallNanos() / 1e9, store.clientCpu() / 1e9));
        }
    }

    /** CPU and wall time of one in-process run, split by thread. */
    record Measured(int exit, long wallNanos, long processCpu, long clientCpu, long serverCpu, long otherJavaCpu,
            long handlingNanos, long requests, long outBytes, String err) {
        double cpuPerRequestUs() {
            return clientCpu / 1e3 / requests;
        }
    }

    private Measured measure(Sandbox sandbox, Clock clock, String... args) throws Exception {
        NullOut out = new NullOut();
        long req0 = sandbox.requestsHandled();
        long hand0 = sandbox.handlingNanos();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> cpu0 = threadCpu(names);
        long proc0 = os.getProcessCpuTime();
        long client0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        RunOutcome r = run(sandbox, clock, Sleeper.SYSTEM, out, args);
        long wall = System.nanoTime() - t0;
        long client = threads.getCurrentThreadCpuTime() - client0;
        long proc = os.getProcessCpuTime() - proc0;
        Map<Long, Long> cpu1 = threadCpu(names);
        long server = 0;
        long other = 0;
        long me = Thread.currentThread().getId();
        for (Map.Entry<Long, Long> e : cpu1.entrySet()) {
            if (e.getKey() == me) {
                continue;
            }
            long d = e.getValue() - cpu0.getOrDefault(e.getKey(), 0L);
            String n = names.get(e.getKey());
            if (n.startsWith("sandbox-http-") || n.startsWith("HTTP-Dispatcher")) {
                server += d;
            } else {
                other += d;
            }
        }
        if (r.exit != 0) {
            throw new IllegalStateException("run " + String.join(" ", args) + " exited " + r.exit + ":\n" + r.err);
        }
        return new Measured(r.exit, wall, proc, client, server, other, sandbox.handlingNanos() - hand0,
                sandbox.requestsHandled() - req0, out.count, r.err);
    }

    private Map<Long, Long> threadCpu(Map<Long, String> names) {
        Map<Long, Long> m = new HashMap<>();
        for (ThreadInfo ti : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (ti == null) {
                continue;
            }
            long c = threads.getThreadCpuTime(ti.getThreadId());
            if (c >= 0) {
                m.put(ti.getThreadId(), c);
                names.put(ti.getThreadId(), ti.getThreadName());
            }
        }
        return m;
    }

    private void reportOverhead(String s, String name, Measured m, int idCount) {
        double wallS = m.wallNanos / 1e9;
        double share = (double) m.clientCpu / m.processCpu;
        double upper = (double) Math.max(0, m.processCpu - m.handlingNanos) / m.processCpu;
        table.info(s, name + ": IDs/s", f("%,.0f", idCount / wallS), f("%d requests in %.2f s, %.2f ms wall per request",
                m.requests, wallS, wallS * 1000 / m.requests));
        double perRequestUs = m.cpuPerRequestUs();
        boolean totals = name.startsWith("totals");
        table.add(s, name + ": client CPU per request", f("%.0f us", perRequestUs), totals ? "<= 700 us" : null,
                totals ? perRequestUs <= 700 : null,
                f("sandbox handling %.0f us/request, sandbox threads CPU %.0f us/request; output %,d bytes",
                        m.handlingNanos / 1e3 / m.requests, m.serverCpu / 1e3 / m.requests, m.outBytes));
        double shareGoal = shareGoal(name);
        table.add(s, name + ": client share of run CPU", f("%.1f %%", share * 100), f("<= %.0f %%", shareGoal * 100),
                share <= shareGoal,
                f("client thread %.2f s of %.2f s process CPU (sandbox threads %.2f s, other Java threads %.2f s, GC/VM "
                        + "%.2f s); process CPU minus sandbox handling: %.1f %%",
                        m.clientCpu / 1e9, m.processCpu / 1e9, m.serverCpu / 1e9, m.otherJavaCpu / 1e9,
                        (m.processCpu - m.clientCpu - m.serverCpu - m.otherJavaCpu) / 1e9, upper * 100));
    }

    /** The most of the run's CPU the client thread may take: 10 % of a totals run, 15 % of an hourly one. */
    private static double shareGoal(String name) {
        return name.startsWith("totals") ? 0.10 : 0.15;
    }

    /**
     * The floor's client CPU per request, the requests it sent, the response bytes it read and dropped, and
     * its client thread's share of the process CPU while it ran (the sandbox serving it included).
     */
    record Floor(double cpuPerRequestUs, int requests, long bytes, double share) {
    }

    /**
     * The transport's own cost: the requests a run of {@code ids} sends (same batches, metrics and
     * groupings), sent one after another by a bare loop through the same HttpClient (our Transport, one
     * pooled connection) and signed the same way, each body read and dropped. Client-thread CPU per request.
     */
    private Floor floor(Sandbox sandbox, Endpoint endpoint, List<Grouping> groupings, long[] ids) throws Exception {
        SandboxCredentials c = sandbox.credentials();
        OAuth1Authenticator signer = new OAuth1Authenticator(c.consumerKey(), c.consumerSecret(), c.accessToken(),
                c.accessTokenSecret()).timestampedBy(fixedClock);
        java.net.URI uri = java.net.URI.create(sandbox.baseUrl().toString().replaceAll("/$", "") + "/" + endpoint.path());
        List<Metric> metrics = ApiRules.defaultMetrics(endpoint, AuthKind.USER);
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < ids.length; from += endpoint.maxTweetIds()) {
            List<String> batch = new ArrayList<>();
            for (int i = from; i < Math.min(ids.length, from + endpoint.maxTweetIds()); i++) {
                batch.add(Long.toString(ids[i]));
            }
            bodies.add(RequestJson.write(new EngagementRequest(endpoint, batch, metrics, groupings, null))
                    .getBytes(StandardCharsets.UTF_8));
        }
        long bytes = 0;
        try (Transport transport = new Transport(Duration.ofSeconds(30))) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long proc0 = os.getProcessCpuTime();
            for (byte[] body : bodies) {
                HttpResult r = transport.execute(signer.authenticate(WireRequest.post(uri, "application/json", body)));
                if (r.status() != 200) {
                    throw new IllegalStateException("the floor's request got " + r.status());
                }
                bytes += r.body().length;
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long proc = os.getProcessCpuTime() - proc0;
            return new Floor(cpu / 1e3 / bodies.size(), bodies.size(), bytes, (double) cpu / proc);
        }
    }

    private void reportFloor(String s, String name, Measured ours, Floor floor, double goal) {
        double oursUs = ours.cpuPerRequestUs();
        double ratio = oursUs / floor.cpuPerRequestUs();
        table.add(s, name + ": client CPU per request, ours / floor", f("%.2f", ratio), f("<= %.1f", goal),
                ratio <= goal, f("ours %.0f us, floor %.0f us: %d requests of the same batches by a bare loop (same "
                        + "HttpClient, connection reuse and OAuth 1.0a signing), %,d response bytes read and dropped",
                        oursUs, floor.cpuPerRequestUs(), floor.requests(), floor.bytes()));
        table.info(s, name + ": the floor's share of its run's CPU", f("%.1f %%", floor.share() * 100),
                f("the bare loop's client thread of the process CPU while it ran, the sandbox serving it included: "
                        + "what a client as cheap as the transport would read against the share goal of <= %.0f %%",
                        shareGoal(name) * 100));
    }

    /** Runs of the command profiled together, for enough samples that the split holds from one benchmark to the next. */
    private static final int PROFILED_RUNS = 2;

    /**
     * More runs of the same command under JFR, sampled every millisecond: samples of the client thread,
     * Java-running (jdk.ExecutionSample) and in native code (jdk.NativeMethodSample, i.e. blocked in
     * the socket), classified by the innermost frame that says what the work is.
     */
    private void profile(String s, String name, Sandbox sandbox, String... args) throws Exception {
        Path jfr = WORK.resolve("profile-" + args[0] + ".jfr");
        String me = Thread.currentThread().getName();
        try (Recording rec = new Recording()) {
            rec.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            rec.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(1));
            rec.start();
            for (int i = 0; i < PROFILED_RUNS; i++) {
                run(sandbox, fixedClock, Sleeper.SYSTEM, new NullOut(), args);
            }
            rec.stop();
            rec.dump(jfr);
        }
        if (Boolean.getBoolean("bench.hot")) {
            printHot(jfr, me);
        }
        Map<String, Integer> cpu = new TreeMap<>();
        int cpuTotal = 0;
        int nativeTotal = 0;
        Map<String, Integer> nativeKinds = new TreeMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (e.getThread("sampledThread") == null || !me.equals(e.getThread("sampledThread").getJavaName())
                    || e.getStackTrace() == null) {
                continue;
            }
            String kind = classify(e.getStackTrace().getFrames());
            if (e.getEventType().getName().equals("jdk.ExecutionSample")) {
                cpu.merge(kind, 1, Integer::sum);
                cpuTotal++;
            } else {
                nativeKinds.merge(kind, 1, Integer::sum);
                nativeTotal++;
            }
        }
        StringBuilder split = new StringBuilder();
        int samples = cpuTotal;
        cpu.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> split
                .append(split.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                .append(Math.round(100.0 * e.getValue() / Math.max(1, samples))).append('%'));
        int network = cpu.getOrDefault("http", 0);
        int ours = cpu.getOrDefault("json-parse", 0) + cpu.getOrDefault("merge", 0) + cpu.getOrDefault("output", 0);
        double waitShare = (double) nativeTotal / Math.max(1, nativeTotal + cpuTotal);
        table.info(s, name + ": client thread in Java, by work", cpuTotal + " samples", split.toString());
        table.add(s, name + ": JSON+merge+output / HTTP call (client Java CPU)",
                f("%.2f", (double) ours / Math.max(1, network)), "<= 1", ours <= network,
                f("HTTP call (client library, socket, gzip) %d%%, JSON+merge+output %d%% of Java samples; the thread "
                        + "spent %.0f%% of its samples blocked in native code (waiting on the socket)",
                        Math.round(100.0 * network / Math.max(1, cpuTotal)),
                        Math.round(100.0 * ours / Math.max(1, cpuTotal)), waitShare * 100));
    }

    /**
     * What a stack is doing, by the parts of ours on it: output (writers, spool), merge, parsing the
     * response, writing the request, signing, the HTTP call (client library, socket, gzip), input.
     * Library frames (Gson, zip, ...) count for the part of ours that called them. The response reader
     * is named too: JFR sometimes cannot walk a stack past its frames, and such a sample then shows no caller.
     */
    static String classify(List<RecordedFrame> frames) {
        List<String> classes = new ArrayList<>();
        for (RecordedFrame fr : frames) {
            if (fr.getMethod() != null && fr.getMethod().getType() != null) {
                classes.add(fr.getMethod().getType().getName());
            }
        }
        String[][] parts = {{"dev.engagement.output.", "output"}, {"dev.engagement.merge.", "merge"},
                {"dev.engagement.journal.", "journal"}, {"dev.engagement.api.ResponseJson", "json-parse"},
                {"dev.engagement.api.ResponseReader", "json-parse"},
                {"dev.engagement.api.CountTreeJson", "json-parse"}, {"dev.engagement.api.ResponseCheck", "json-parse"}, {"dev.engagement.api.RequestJson", "json-request"},
                {"dev.engagement.http.OAuth1", "signing"}, {"oauth.signpost.", "signing"},
                {"dev.engagement.http.Transport", "http"}, {"org.apache.hc.", "http"}, {"dev.engagement.input.", "input"},
                {"dev.engagement.plan.", "input"}};
        for (String[] part : parts) {
            if (classes.stream().anyMatch(c -> c.startsWith(part[0]))) {
                return part[1];
            }
        }
        return classes.stream().anyMatch(c -> c.startsWith("dev.engagement.")) ? "other-engagement" : "other";
    }

    /** The hottest methods of the client thread, to stderr, for finding what to fix (-Dbench.hot=true). */
    static void printHot(Path jfr, String thread) throws IOException {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int n = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getThread("sampledThread") == null
                    || !thread.equals(e.getThread("sampledThread").getJavaName()) || e.getStackTrace() == null) {
                continue;
            }
            n++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < frames.size(); i++) {
                RecordedFrame fr = frames.get(i);
                String m = fr.getMethod().getType().getName() + "." + fr.getMethod().getName();
                if (i == 0) {
                    self.merge(m, 1, Integer::sum);
                }
                if (seen.add(m)) {
                    top.merge(m, 1, Integer::sum);
                }
            }
        }
        int total = n;
        System.err.println("[hot] self:");
        self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(e -> System.err.println(f("[hot]  %5.1f%% %s", 100.0 * e.getValue() / total, e.getKey())));
        System.err.println("[hot] total:");
        top.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                .forEach(e -> System.err.println(f("[hot]  %5.1f%% %s", 100.0 * e.getValue() / total, e.getKey())));
    }

    // ================================================================== 2. rate-limit utilisation

    private void rateLimit() throws Exception {
        String s = "2 rate limit";
        Duration latency = Duration.ofMillis(50);
        // Paced: 300 requests at 600/min.
        RateRun paced = rateRun(600, latency, 300, "--requests-per-minute", "600");
        double ideal = 300 * 60.0 / 600;
        double ratio = paced.wallS / ideal;
        table.add(s, "paced --requests-per-minute 600: wall / ideal", f("%.3f", ratio), "<= 1.05, no 429",
                ratio <= 1.05 && paced.n429 == 0, f("%.2f s for %d requests (ideal 300 x 60/600 = %.0f s), %d x 429",
                        paced.wallS, paced.requests, ideal, paced.n429));
        // Headers only, budget not binding (300 < 600 per clock minute): latency-bound.
        RateRun free = rateRun(600, latency, 300);
        double idealFree = idealHeadersOnly(free, 600);
        double ratioFree = free.wallS / idealFree;
        table.add(s, "headers only, 600/min (not binding): wall / ideal", f("%.3f", ratioFree), "<= 1.10, no 429",
                ratioFree <= 1.10 && free.n429 == 0, f("%.2f s for %d requests; ideal %.2f s = each request's 50 ms + "
                        + "sandbox handling, back to back (300 requests never exhaust 600/min)",
                        free.wallS, free.requests, idealFree));
        // Headers only, binding: 150 requests against 100/min; the budget resets at clock minutes.
        RateRun bound = rateRun(100, latency, 150);
        double idealBound = idealHeadersOnly(bound, 100);
        double ratioBound = bound.wallS / idealBound;
        table.add(s, "headers only, 100/min (binding): wall / ideal", f("%.3f", ratioBound), "<= 1.10, no 429",
                ratioBound <= 1.10 && bound.n429 == 0, f("%.2f s for %d requests; ideal %.2f s = a client that sends back to "
                        + "back and waits exactly for the next clock minute when 100 are used, from the same start second",
                        bound.wallS, bound.requests, idealBound));
    }

    record RateRun(double wallS, long requests, long n429, long handlingNanos, Instant start, Duration latency) {
    }

    private RateRun rateRun(int rpm, Duration latency, int requests, String... extra) throws Exception {
        Path log = WORK.resolve("ratelimit-" + rpm + "-" + extra.length + ".ndjson");
        Files.deleteIfExists(log);
        Clock clock = Clock.systemUTC();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().clock(clock).requestsPerMinute(rpm).latency(latency)
                .logRequests(log).build())) {
            long[] ids = ownedIds(sandbox.data(), requests * 250, Duration.ofDays(1), Duration.ofDays(80), 17 + rpm);
            Path file = writeIds("ratelimit.txt", ids, ids.length);
            List<String> args = new ArrayList<>(List.of("totals", "-f", "csv"));
            args.addAll(List.of(extra));
            args.add(file.toString());
            long h0 = sandbox.handlingNanos();
            Instant start = clock.instant();
            long t0 = System.nanoTime();
            RunOutcome r = run(sandbox, clock, Sleeper.SYSTEM, new NullOut(), args.toArray(new String[0]));
            double wall = (System.nanoTime() - t0) / 1e9;
            if (r.exit != 0) {
                throw new IllegalStateException("rate-limit run exited " + r.exit + ":\n" + r.err);
            }
            sandbox.close();
            long n429 = 0;
            long total = 0;
            for (String line : Files.readAllLines(log)) {
                total++;
                if (line.contains("\"status\":429")) {
                    n429++;
                }
            }
            return new RateRun(wall, total, n429, sandbox.handlingNanos() - h0, start, latency);
        }
    }

    /**
     * The best a sequential client could do against this sandbox: each request costs the injected
     * latency plus the sandbox's own handling (measured), sent back to back, and when a clock
     * minute's budget is used up it waits exactly until the next clock minute.
     */
    private static double idealHeadersOnly(RateRun r, int rpm) {
        double perRequest = r.latency.toNanos() / 1e9 + r.handlingNanos / 1e9 / r.requests;
        double t = r.start.toEpochMilli() / 1000.0;
        double begin = t;
        long minute = (long) Math.floor(t / 60);
        int used = 0;
        for (long i = 0; i < r.requests; i++) {
            long m = (long) Math.floor(t / 60);
            if (m != minute) {
                minute = m;
                used = 0;
            }
            if (used == rpm) {
                minute++;
                t = minute * 60.0;
                used = 0;
            }
            used++;
            t += perRequest;
        }
        return t - begin;
    }

    // ================================================================== 3. start-up

    private void startup() throws Exception {
        String s = "3 startup";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = JAR.toString();
        // A static CDS archive from a class list, as bin/engagement makes it (a dynamic one leaves picocli out).
        Path jsa = WORK.resolve("engagement.jsa");
        Path classList = WORK.resolve("engagement.classes");
        Files.deleteIfExists(jsa);
        exec(List.of(java, "-XX:DumpLoadedClassList=" + classList, "-jar", jar, "totals", "--help"));
        exec(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + jsa,
                "-cp", jar));
        List<String> cds = List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr");

        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("java -jar", List.of());
        variants.put("+ TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1"));
        variants.put("+ static CDS", cds);
        List<String> both = new ArrayList<>(cds);
        both.add("-XX:TieredStopAtLevel=1");
        variants.put("+ static CDS + TieredStopAtLevel=1", both);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -version", List.of(java, "-version"));
        Path launcher = Path.of("bin/engagement");
        for (String[] cmd : List.of(new String[] {"--version"}, new String[] {"totals", "--help"})) {
            for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                List<String> line = new ArrayList<>();
                line.add(java);
                line.addAll(v.getValue());
                line.addAll(List.of("-jar", jar));
                line.addAll(List.of(cmd));
                commands.put(String.join(" ", cmd) + " (" + v.getKey() + ")", line);
            }
            if (Files.isExecutable(launcher)) {
                List<String> line = new ArrayList<>(List.of(launcher.toString()));
                line.addAll(List.of(cmd));
                exec(line); // creates its archive
                commands.put(String.join(" ", cmd) + " (bin/engagement)", line);
            }
        }
        // A small whole run: totals of 2,000 IDs (8 requests) against a sandbox in this JVM, journal kept
        // in a folder of its own and started afresh each time.
        Sandbox sandbox = Sandbox.start(SandboxConfig.builder().build());
        long[] ids = ownedIds(sandbox.data(), 2_000, Duration.ofDays(1), Duration.ofDays(80), 23);
        Path smallRun = writeIds("startup-totals-2k.txt", ids, ids.length);
        List<String> run = List.of("totals", "--fresh", "-q", smallRun.toString());
        List<String> smallJar = new ArrayList<>(List.of(java, "-jar", jar));
        smallJar.addAll(run);
        commands.put(SMALL_RUN + " (java -jar)", smallJar);
        if (Files.isExecutable(launcher)) {
            List<String> line = new ArrayList<>(List.of(launcher.toString()));
            line.addAll(run);
            commands.put(SMALL_RUN + " (bin/engagement)", line);
        }
        childrenUse(sandbox);
        // Rounds of every command in turn, so a busy moment on the machine hits them all alike.
        int rounds = 9;
        Map<String, double[]> times = new LinkedHashMap<>();
        for (String k : commands.keySet()) {
            times.put(k, new double[rounds]);
            exec(commands.get(k));
        }
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                long t0 = System.nanoTime();
                exec(c.getValue());
                times.get(c.getKey())[r] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        times.forEach((k, v) -> {
            Arrays.sort(v);
            median.put(k, v[v.length / 2]);
        });
        commandEnv.clear();
        long smallRequests = sandbox.requestsHandled();
        sandbox.close();
        double base = median.get("java -version");
        table.info(s, "java -version", f("%.0f ms", base), "median of " + rounds + "; the baseline of every ratio below");
        for (Map.Entry<String, Double> m : median.entrySet()) {
            if (m.getKey().equals("java -version")) {
                continue;
            }
            boolean small = m.getKey().startsWith(SMALL_RUN);
            // The goal is for what users run: the launcher; the other rows show what each of its measures adds.
            boolean goal = !small && m.getKey().endsWith("(bin/engagement)");
            double ratio = m.getValue() / base;
            table.add(s, m.getKey() + " / java -version", f("%.2fx", ratio), goal ? "<= 3x" : null, goal ? ratio <= 3 : null,
                    f("%.0f ms", m.getValue()) + (small ? f("; %d requests in all rounds", smallRequests) : "")
                    + (m.getKey().endsWith("(bin/engagement)")
                            ? "; archive made by the launcher on first use, C1 only" + (small ? "" : " and no perf data for --help/--version")
                            : ""));
        }
        wholeRunCpu(s, java);
        // What --version loads.
        Path classes = WORK.resolve("version-classes.txt");
        exec(List.of(java, "-Xlog:class+load=info:file=" + classes, "-jar", jar, "--version"));
        List<String> loaded = Files.readAllLines(classes);
        long ours = loaded.stream().filter(l -> l.contains(" dev.engagement.")).count();
        List<String> heavy = new ArrayList<>();
        for (String[] pkg : new String[][] {{"org.apache.hc.", "HttpClient"}, {"com.google.gson.", "Gson"},
                {"dev.engagement.sandbox.", "sandbox"}, {"dev.engagement.http.", "http"}, {"oauth.signpost.", "signpost"},
                {"org.apache.commons.csv.", "commons-csv"}, {"javax.net.ssl.", "TLS"}}) {
            // The run context carries the Sleeper interface (and the JVM's lambda for it): no HTTP code.
            long n = loaded.stream().filter(l -> l.contains(" " + pkg[0]) && !l.contains(" dev.engagement.http.Sleeper"))
                    .count();
            if (n > 0) {
                heavy.add(pkg[1] + " " + n);
            }
        }
        table.add(s, "--version: classes loaded", Integer.toString(loaded.size()), "no HTTP/JSON/sandbox",
                heavy.isEmpty(), ours + " of ours; " + (heavy.isEmpty() ? "none of HttpClient, Gson, sandbox, http, "
                        + "signpost, commons-csv, TLS" : "loaded: " + String.join(", ", heavy)));
    }

    private static final String SMALL_RUN = "totals 2,000 IDs, whole run";

    /** The CPU and wall time of one child process. */
    record ChildRun(double cpuSeconds, double wallSeconds) {
    }

    /**
     * A 100k-ID totals run (400 requests) as a child process, through the launcher and through plain
     * {@code java -jar}, against a sandbox in this JVM: the CPU a whole run takes with the launcher's JIT
     * (C1 only) against the JVM's default. One of each first, then three of each in turn, the least of each.
     */
    private void wholeRunCpu(String s, String java) throws Exception {
        Path launcher = Path.of("bin/engagement");
        if (!Files.isExecutable(launcher)) {
            return;
        }
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().requestsPerMinute(50_000).build())) {
            long[] ids = ownedIds(sandbox.data(), 100_000, Duration.ofDays(1), Duration.ofDays(80), 29);
            Path file = writeIds("startup-totals-100k.txt", ids, ids.length);
            childrenUse(sandbox);
            List<String> run = List.of("totals", "--fresh", "-q", file.toString());
            List<String> viaLauncher = new ArrayList<>(List.of(launcher.toString()));
            viaLauncher.addAll(run);
            List<String> viaJar = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
            viaJar.addAll(run);
            // JAVA_OPTS comes last on the launcher's java line: this one runs with the archive and the full JIT.
            List<String> fullJit = new ArrayList<>(List.of("env", "JAVA_OPTS=-XX:TieredStopAtLevel=4"));
            fullJit.addAll(viaLauncher);
            childRun(viaLauncher);
            childRun(fullJit);
            childRun(viaJar);
            InTurn<ChildRun, ChildRun> vsFullJit = inTurn(() -> childRun(viaLauncher), ChildRun::cpuSeconds,
                    () -> childRun(fullJit), ChildRun::cpuSeconds);
            InTurn<ChildRun, ChildRun> vsJar = inTurn(() -> childRun(viaLauncher), ChildRun::cpuSeconds,
                    () -> childRun(viaJar), ChildRun::cpuSeconds);
            commandEnv.clear();
            reportWholeRun(s, "bin/engagement / the same with the full JIT", vsFullJit,
                    "C1 only against the default tiered JIT, both with the launcher's archive");
            reportWholeRun(s, "bin/engagement / java -jar", vsJar,
                    "C1 only and the launcher's archive against the JVM's defaults");
        }
    }

    private void reportWholeRun(String s, String what, InTurn<ChildRun, ChildRun> runs, String how) {
        ChildRun ours = runs.first();
        ChildRun other = runs.second();
        table.info(s, "totals 100k, whole run: child CPU, " + what, f("%.2f", ours.cpuSeconds() / other.cpuSeconds()),
                f("%.2f s vs %.2f s of user and system CPU (%s), least of %d each in turn; wall %.2f s vs %.2f s",
                        ours.cpuSeconds(), other.cpuSeconds(), how, MEASURED_RUNS, ours.wallSeconds(),
                        other.wallSeconds()));
    }

    private ChildRun childRun(List<String> command) throws Exception {
        double cpu0 = endedChildrenCpuSeconds();
        long t0 = System.nanoTime();
        int exit = exec(command);
        double wall = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
        }
        return new ChildRun(endedChildrenCpuSeconds() - cpu0, wall);
    }

    /** Clock ticks per second of the times in /proc: USER_HZ, 100 on every architecture a JDK for Linux runs on. */
    private static final double CLOCK_TICKS = 100;

    /**
     * The user and system CPU of this JVM's children that have ended and been waited for, their own
     * children included (cutime and cstime of /proc/self/stat).
     */
    private static double endedChildrenCpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // The fields after the command's name in parentheses, from the third (state) on: cutime and cstime are the 16th and 17th.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / CLOCK_TICKS;
    }

    /** Environment added to every {@link #exec} child while set. */
    private final Map<String, String> commandEnv = new HashMap<>();

    private int exec(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // JVM options of the shell the benchmark runs in would change what the launcher rows measure.
        pb.environment().remove("JAVA_OPTS");
        if (!commandEnv.isEmpty()) {
            pb.environment().keySet().removeIf(k -> k.startsWith("ENGAGEMENT_"));
            pb.environment().putAll(commandEnv);
        }
        return pb.start().waitFor();
    }

    /** Points every {@link #exec} child at {@code sandbox}, with a state folder of the benchmark's own, until cleared. */
    private void childrenUse(Sandbox sandbox) {
        SandboxCredentials c = sandbox.credentials();
        commandEnv.putAll(Map.of("ENGAGEMENT_API_URL", sandbox.baseUrl().toString(),
                "ENGAGEMENT_CONSUMER_KEY", c.consumerKey(), "ENGAGEMENT_CONSUMER_SECRET", c.consumerSecret(),
                "ENGAGEMENT_ACCESS_TOKEN", c.accessToken(), "ENGAGEMENT_ACCESS_TOKEN_SECRET", c.accessTokenSecret()));
        commandEnv.put("XDG_STATE_HOME", WORK.resolve("startup-state").toAbsolutePath().toString());
    }

    // ================================================================== 4. memory

    private void memory() throws Exception {
        String s = "4 memory";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = JAR + File.pathSeparator + "target/test-classes";
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().build())) {
            long[] ids = ownedIds(sandbox.data(), 1_000_000, Duration.ofDays(1), Duration.ofDays(80), 19);
            // Each list ends with its first ID once more: with a duplicate, the second input pass keeps its set of
            // the IDs yielded while the run fetches, the case the goal row sets the ID set aside for.
            Path small = withOneDuplicate(writeIds("memory-100k.txt", ids, 100_000), ids[0]);
            Path large = withOneDuplicate(writeIds("memory-1m.txt", ids, ids.length), ids[0]);
            SandboxCredentials c = sandbox.credentials();
            Map<String, String> env = Map.of("ENGAGEMENT_API_URL", sandbox.baseUrl().toString(),
                    "ENGAGEMENT_CONSUMER_KEY", c.consumerKey(), "ENGAGEMENT_CONSUMER_SECRET", c.consumerSecret(),
                    "ENGAGEMENT_ACCESS_TOKEN", c.accessToken(), "ENGAGEMENT_ACCESS_TOKEN_SECRET", c.accessTokenSecret());
            for (String format : List.of("csv", "json")) {
                long[] a = child(java, cp, env, "totals", "-f", format, small.toString());
                long[] b = child(java, cp, env, "totals", "-f", format, large.toString());
                reportMemory(s, "-f " + format + ", sandbox in the benchmark JVM", a, b);
            }
            long[] a = child(java, cp, Map.of(), "totals", "--sandbox", "-f", "csv", small.toString());
            long[] b = child(java, cp, Map.of(), "totals", "--sandbox", "-f", "csv", large.toString());
            reportMemory(s, "-f csv, --sandbox in the child", a, b);
        }
    }

    private void reportMemory(String s, String name, long[] small, long[] large) {
        // The ID set is sized from the unique count: capacity = next power of two of n / 0.75, 8 bytes a slot.
        long setSmall = 8L * Integer.highestOneBit((int) Math.ceil(100_000 / 0.75) - 1) * 2;
        long setLarge = 8L * Integer.highestOneBit((int) Math.ceil(1_000_000 / 0.75) - 1) * 2;
        double flat = (double) (large[1] - setLarge) / (small[1] - setSmall);
        table.add(s, name + ": live heap 1M / 100k, ID set aside", f("%.2f", flat), "<= 1.5", flat <= 1.5,
                f("live heap %.1f MB vs %.1f MB (ratio %.2f), of which the de-duplication set %.1f vs %.1f MB",
                        small[1] / 1e6, large[1] / 1e6, (double) large[1] / small[1], setSmall / 1e6, setLarge / 1e6));
        table.info(s, name + ": heap used 1M / 100k", f("%.2f", (double) large[0] / small[0]),
                f("peak heap incl. garbage %.0f MB vs %.0f MB (follows G1's young-generation sizing)", small[0] / 1e6,
                        large[0] / 1e6));
        table.info(s, name + ": RSS 1M / 100k", f("%.2f", (double) large[2] / small[2]),
                f("VmHWM %.0f MB vs %.0f MB", small[2] / 1e6, large[2] / 1e6));
    }

    /** Runs {@link PeakMemoryMain} in a child JVM; returns {heapPeak, livePeak, vmhwm}. */
    private long[] child(String java, String cp, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp, PeakMemoryMain.class.getName()));
        cmd.addAll(List.of(args));
        Path err = WORK.resolve("memory-child.err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ENGAGEMENT_"));
        pb.environment().putAll(env);
        int code = pb.start().waitFor();
        String text = Files.readString(err);
        for (String line : text.split("\n")) {
            if (line.startsWith(PeakMemoryMain.MARKER)) {
                Map<String, Long> v = new HashMap<>();
                for (String kv : line.split(" ")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) {
                        v.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
                    }
                }
                if (v.get("exit") != 0) {
                    break;
                }
                return new long[] {v.get("heapPeak"), v.get("livePeak"), v.get("vmhwm")};
            }
        }
        throw new IllegalStateException("child " + cmd + " failed (exit " + code + "):\n" + text);
    }

    // ================================================================== 5. input

    private void input() throws Exception {
        String s = "5 input";
        Path file = WORK.resolve("input-10m.txt");
        int lines = 10_000_000;
        if (!Files.isRegularFile(file) || Files.size(file) < 150_000_000L) {
            SplittableRandom rnd = new SplittableRandom(5);
            long first = SandboxData.idAt(now.minus(Duration.ofDays(300)), 0);
            long last = SandboxData.idAt(now.minus(Duration.ofDays(1)), 0);
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
                long prev = first;
                for (int i = 0; i < lines; i++) {
                    // About 5 % repeat an earlier ID.
                    long id = i > 0 && rnd.nextInt(20) == 0 ? prev : rnd.nextLong(first, last);
                    prev = rnd.nextInt(4) == 0 ? id : prev;
                    w.write(Long.toString(id));
                    w.write('\n');
                }
            }
        }
        double[] wc = new double[3];
        for (int i = 0; i < wc.length; i++) {
            long t0 = System.nanoTime();
            exec(List.of("wc", "-l", file.toString()));
            wc[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(wc);
        double[] read = new double[3];
        InputSummary summary = null;
        long drained = 0;
        for (int i = 0; i < read.length; i++) {
            long t0 = System.nanoTime();
            try (TweetIdReader reader = new TweetIdReader(List.of(file.toString()), InputStream.nullInputStream(),
                    new InputOptions(null, false, false), w -> { })) {
                summary = reader.scan();
                PrimitiveIterator.OfLong it = reader.ids();
                drained = 0;
                while (it.hasNext()) {
                    it.nextLong();
                    drained++;
                }
            }
            read[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(read);
        table.info(s, "read+validate+dedupe 10M IDs / wc -l", f("%.1fx", read[1] / wc[1]),
                f("%.2f s vs %.3f s (medians of 3, in-process, file in page cache); %,d lines, %,d unique, %.1f M IDs/s",
                        read[1], wc[1], summary.idsRead(), drained, lines / read[1] / 1e6));
    }

    // ================================================================== 6. faults

    private void faults() throws Exception {
        String s = "6 faults";
        Sleeper noSleep = d -> { };
        try (Sandbox clean = Sandbox.start(SandboxConfig.builder().clock(fixedClock).build());
                Sandbox faulty = Sandbox.start(SandboxConfig.builder().clock(fixedClock).failRate(0.05).resetRate(0.01)
                        .build())) {
            long[] ids = ownedIds(clean.data(), 100_000, Duration.ofDays(1), Duration.ofDays(80), 11);
            Path file = writeIds("faults-100k.txt", ids, ids.length);
            Path warm = writeIds("faults-warm.txt", ids, 20_000);
            run(clean, fixedClock, noSleep, new NullOut(), "totals", warm.toString());
            run(faulty, fixedClock, noSleep, new NullOut(), "totals", warm.toString());
            // Each run twice, alternating; the faster of each pair counts (the machine may be busy).
            long cf = faulty.requestsHandled();
            DigestOut a = null;
            DigestOut b = null;
            RunOutcome ra = null;
            RunOutcome rb = null;
            double wallClean = Double.MAX_VALUE;
            double wallFaulty = Double.MAX_VALUE;
            for (int i = 0; i < 2; i++) {
                a = new DigestOut();
                long t0 = System.nanoTime();
                ra = run(clean, fixedClock, noSleep, a, "totals", file.toString());
                wallClean = Math.min(wallClean, (System.nanoTime() - t0) / 1e9);
                b = new DigestOut();
                long t1 = System.nanoTime();
                rb = run(faulty, fixedClock, noSleep, b, "totals", file.toString());
                wallFaulty = Math.min(wallFaulty, (System.nanoTime() - t1) / 1e9);
            }
            long faultyRequests = (faulty.requestsHandled() - cf) / 2;
            boolean same = a.hex().equals(b.hex()) && ra.exit == 0 && rb.exit == 0;
            double ratio = wallFaulty / wallClean;
            table.info(s, "5% 5xx + 1% resets: wall / clean", f("%.2f", ratio),
                    f("%.2f s vs %.2f s (best of 2 each); %d requests vs 400 (retries), backoff sleeps skipped (a sleeper that returns "
                            + "at once), so this is the work of retrying, not the waiting", wallFaulty, wallClean,
                            faultyRequests));
            table.add(s, "output identical to the clean run", same ? "yes" : "NO", "identical", same,
                    f("SHA-256 of stdout %s (%,d bytes); exit codes %d and %d", a.hex().substring(0, 16), a.count,
                            ra.exit, rb.exit));
        }
    }

    // ================================================================== helpers

    record RunOutcome(int exit, String err) {
    }

    /** Runs the real command line in this JVM against {@code sandbox}, as the end-to-end tests do. */
    static RunOutcome run(Sandbox sandbox, Clock clock, Sleeper sleeper, OutputStream out, String... args) {
        SandboxCredentials c = sandbox.credentials();
        Map<String, String> env = Map.of("ENGAGEMENT_API_URL", sandbox.baseUrl().toString(),
                "ENGAGEMENT_CONSUMER_KEY", c.consumerKey(), "ENGAGEMENT_CONSUMER_SECRET", c.consumerSecret(),
                "ENGAGEMENT_ACCESS_TOKEN", c.accessToken(), "ENGAGEMENT_ACCESS_TOKEN_SECRET", c.accessTokenSecret());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunContext ctx = new RunContext(out, new PrintStream(err, true, StandardCharsets.UTF_8),
                InputStream.nullInputStream(), env, clock, sleeper, StopSignal.manual(), new dev.engagement.app.Terminals(false, false, false, 120));
        int code = Main.run(ctx, args);
        return new RunOutcome(code, err.toString(StandardCharsets.UTF_8));
    }

    /**
     * {@code n} distinct IDs, in increasing order, of Tweets posted between {@code maxAge} and
     * {@code minAge} ago that the sandbox user owns and that are neither deleted nor protected, so
     * no request is refused.
     */
    long[] ownedIds(SandboxData data, int n, Duration minAge, Duration maxAge, int salt) {
        long first = SandboxData.idAt(now.minus(maxAge), 0);
        long last = SandboxData.idAt(now.minus(minAge), 0);
        long step = (last - first) / ((long) n * 2);
        long[] out = new long[n];
        int k = 0;
        long id = first + salt;
        while (k < n) {
            if (data.authorOf(id) == SandboxData.SANDBOX_USER_ID && !data.isDeleted(id) && !data.isProtected(id)) {
                out[k++] = id;
            }
            id += step;
        }
        return out;
    }

    static Path writeIds(String name, long[] ids, int count) throws IOException {
        Path p = WORK.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < count; i++) {
                w.write(Long.toString(ids[i]));
                w.write('\n');
            }
        }
        return p;
    }

    private static Path withOneDuplicate(Path list, long id) throws IOException {
        Files.writeString(list, id + "\n", StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.APPEND);
        return list;
    }

    static class NullOut extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    static final class DigestOut extends NullOut {
        private final MessageDigest md;

        DigestOut() throws NoSuchAlgorithmException {
            md = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public void write(int b) {
            super.write(b);
            md.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            md.update(b, off, len);
        }

        private String hex;

        String hex() {
            if (hex == null) {
                hex = HexFormat.of().formatHex(md.digest());
            }
            return hex;
        }
    }
}
