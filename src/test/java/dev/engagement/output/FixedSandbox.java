package dev.engagement.output;

import dev.engagement.cli.Cli;
import dev.engagement.sandbox.Sandbox;
import dev.engagement.sandbox.SandboxConfig;
import dev.engagement.sandbox.SandboxCredentials;
import dev.engagement.sandbox.SandboxData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * A loopback sandbox frozen at one instant with a fixed seed, so every run gives the same bytes:
 * the base of the golden-file tests. OAuth timestamp checks are off (the clock never moves).
 */
final class FixedSandbox implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-20T12:34:56Z");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(1).port(0).clock(clock)
            .timestampTolerance(Duration.ZERO).build());

    /** The sandbox's URL and full credentials, as the command line reads them from the environment. */
    Map<String, String> environment() {
        SandboxCredentials c = sandbox.credentials();
        return Map.of("ENGAGEMENT_API_URL", sandbox.baseUrl().toString(),
                "ENGAGEMENT_CONSUMER_KEY", c.consumerKey(),
                "ENGAGEMENT_CONSUMER_SECRET", c.consumerSecret(),
                "ENGAGEMENT_ACCESS_TOKEN", c.accessToken(),
                "ENGAGEMENT_ACCESS_TOKEN_SECRET", c.accessTokenSecret());
    }

    /** A command line at the fixed instant with {@link #environment()}; stdin, stdout, stderr not terminals. */
    Cli cli() {
        Cli cli = new Cli().clock(clock);
        environment().forEach(cli::env);
        return cli;
    }

    SandboxData data() {
        return sandbox.data();
    }

    /** Tweets the sandbox user owns, neither deleted nor protected, posted about {@code age} before {@link #NOW}. */
    List<Long> ownedIds(int n, Duration age) {
        return ids(n, age, id -> data().authorOf(id) == SandboxData.SANDBOX_USER_ID && !data().isDeleted(id)
                && !data().isProtected(id));
    }

    /** Deleted Tweets of the sandbox user: reported as unavailable. */
    List<Long> deletedIds(int n, Duration age) {
        return ids(n, age, id -> data().authorOf(id) == SandboxData.SANDBOX_USER_ID && data().isDeleted(id));
    }

    /** Tweets of other users: reported as forbidden. */
    List<Long> unownedIds(int n, Duration age) {
        return ids(n, age, id -> data().authorOf(id) != SandboxData.SANDBOX_USER_ID && !data().isDeleted(id)
                && !data().isProtected(id));
    }

    private static List<Long> ids(int n, Duration age, LongPredicate wanted) {
        List<Long> ids = new ArrayList<>();
        Instant t = NOW.minus(age);
        for (int k = 1; ids.size() < n; k += 7919) {
            long id = SandboxData.idAt(t.plusSeconds(ids.size() * 37L), k % (1 << 22));
            if (wanted.test(id) && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    static String lines(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        ids.forEach(id -> sb.append(id).append('\n'));
        return sb.toString();
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
