package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium loads it from a file URL, its DOM holds every
 * chart and table, its screenshot is not blank, and the page asks the network for nothing: every
 * request goes to a proxy of ours that records where it goes, and the report causes none beyond
 * those Chromium makes of its own for a blank page (its time and account checks, whatever the
 * flags). Skipped, saying why, where Chromium is not installed ({@code .ci/run} installs it).
 */
class ReportInBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;
    static Path report;
    /** A report of a snapshot store: two /totals runs half a day apart. */
    static Path storeReport;

    @BeforeAll
    static void render() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            String why = CHROMIUM + " is not installed (Debian package 'chromium'; .ci/run installs it): "
                    + "the report is not checked in a browser";
            System.err.println("SKIPPED ReportInBrowserTest: " + why);
            Assumptions.abort(why);
        }
        Path json = dir.resolve("28hr.json");
        Cli.Result r = new Cli().run("28hr", "--sandbox", "-q", "-m", "impressions,favorites", "-g",
                "hourly=tweet.id,engagement.type,engagement.day,engagement.hour", "-g", "by_hour=engagement.type,engagement.hour",
                "-f", "json", "-o", json.toString(), "samples/tweet-ids.txt");
        assertEquals(0, r.exitCode(), r.toString());
        report = dir.resolve("report.html");
        r = new Cli().run("report", json.toString(), "--top", "5", "-o", report.toString());
        assertEquals(0, r.exitCode(), r.toString());
        storeReport = dir.resolve("growth.html");
        String store = dir.resolve("engagement.db").toString();
        java.time.Instant t = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (java.time.Instant at : List.of(t, t.plus(java.time.Duration.ofHours(12)))) {
            Cli.Result fetch = new Cli().clock(java.time.Clock.fixed(at, java.time.ZoneOffset.UTC)).run("totals",
                    "--sandbox", "-q", "-f", "csv", "-o", dir.resolve(at.getEpochSecond() + ".csv").toString(),
                    "--store", store, "samples/tweet-ids.txt");
            assertEquals(0, fetch.exitCode(), fetch.toString());
        }
        r = new Cli().clock(java.time.Clock.fixed(t.plus(java.time.Duration.ofHours(12)), java.time.ZoneOffset.UTC))
                .run("report", "--store", store, "-o", storeReport.toString());
        assertEquals(0, r.exitCode(), r.toString());
    }

    /** What Chromium printed, and where each request it made went ("host:port", or the URL of a plain GET). */
    private record Run(String out, Set<String> requests) {
        /** The requests not also made for a blank page: those the page caused. */
        Set<String> beyond(Run blank) {
            Set<String> own = new java.util.TreeSet<>(requests);
            own.removeAll(blank.requests);
            return own;
        }
    }

    private static Run blank;

    private static Run blankPage() throws Exception {
        if (blank == null) {
            blank = load("about:blank", "--dump-dom");
        }
        return blank;
    }

    private static Run onReport(String... action) throws Exception {
        return load(report.toUri().toString(), action);
    }

    private static Run load(String url, String... action) throws Exception {
        Path profile = Files.createTempDirectory(dir, "chromium-profile-");
        try (ServerSocket proxy = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Set<String> requests = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Thread accept = new Thread(() -> {
                while (!proxy.isClosed()) {
                    try (Socket s = proxy.accept()) {
                        s.setSoTimeout(2000);
                        String line = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                                StandardCharsets.ISO_8859_1)).readLine();
                        String[] words = line == null ? new String[0] : line.split(" ");
                        requests.add(words.length > 1 ? words[1].replaceAll("\\?.*", "") : "(no request line)");
                    } catch (IOException e) {
                        if (proxy.isClosed()) {
                            return;
                        }
                    }
                }
            });
            accept.setDaemon(true);
            accept.start();
            List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                    "--proxy-server=http://127.0.0.1:" + proxy.getLocalPort(), "--proxy-bypass-list=<-loopback>"));
            cmd.addAll(List.of(action));
            cmd.add(url);
            Path out = dir.resolve("chromium.out");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.err").toFile())
                    .start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish in 2 minutes");
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.err")));
            return new Run(Files.readString(out, StandardCharsets.UTF_8), Set.copyOf(requests));
        }
    }

    @Test
    void theDomHoldsEveryChartAndTableAndNothingWasFetched() throws Exception {
        String html = Files.readString(report, StandardCharsets.UTF_8);
        Run run = onReport("--dump-dom");
        String dom = run.out();
        int charts = count(html, "<svg ");
        assertEquals(2 * 2 + 2 * 5, charts, "an aggregate curve and 5 small charts per metric, and 2 bar charts");
        assertEquals(charts, count(dom, "<svg "), "every chart is in the DOM");
        assertEquals(count(html, "<table"), count(dom, "<table"), "every table is in the DOM");
        assertTrue(count(dom, "<path class=\"line\"") >= 2 + 10 && count(dom, "<rect class=\"bar\"") >= 24, dom.length() + "");
        Set<String> described = new HashSet<>();
        Matcher m = Pattern.compile("aria-describedby=\"(t\\d+)\"").matcher(dom);
        while (m.find()) {
            described.add(m.group(1));
        }
        for (String id : described) {
            assertTrue(dom.contains("<table class=\"k1\" id=\"" + id + "\">"), "chart data table " + id);
        }
        assertTrue(dom.contains("https://x.com/i/status/"), "Tweet links");
        assertEquals(Set.of(), run.beyond(blankPage()), "the page made network requests");
    }

    @Test
    void aStoresReportShowsEveryChartAndTableAndFetchesNothing() throws Exception {
        String html = Files.readString(storeReport, StandardCharsets.UTF_8);
        Run run = load(storeReport.toUri().toString(), "--dump-dom");
        String dom = run.out();
        int charts = count(html, "<svg ");
        assertTrue(charts >= 3, "a curve per metric: " + charts);
        assertEquals(charts, count(dom, "<svg "), "every chart is in the DOM");
        assertEquals(charts, count(dom, "<path class=\"line\""), "each a line through the snapshots");
        assertEquals(count(html, "<table"), count(dom, "<table"), "every table is in the DOM");
        Matcher m = Pattern.compile("aria-describedby=\"(t\\d+)\"").matcher(dom);
        int described = 0;
        while (m.find()) {
            assertTrue(dom.contains("id=\"" + m.group(1) + "\""), "chart data table " + m.group(1));
            described++;
        }
        assertEquals(charts, described);
        assertTrue(dom.contains("Fastest 10 by impressions") && dom.contains("https://x.com/i/status/"), "rankings");
        assertEquals(Set.of(), run.beyond(blankPage()), "the page made network requests");
    }

    @Test
    void theScreenshotIsNotBlank() throws Exception {
        Path png = dir.resolve("report.png");
        Run run = onReport("--screenshot=" + png, "--window-size=800,1600", "--hide-scrollbars");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    ink++;
                }
            }
        }
        long samples = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
        assertTrue(ink > samples / 50, "only " + ink + " of " + samples + " sampled pixels are not white");
        assertTrue(colours.size() > 20, "text, lines and fills give many colours: " + colours.size());
        assertEquals(Set.of(), run.beyond(blankPage()), "the page made network requests");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
