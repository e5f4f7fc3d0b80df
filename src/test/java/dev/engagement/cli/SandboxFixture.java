package dev.engagement.cli;

import dev.engagement.sandbox.Sandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import dev.engagement.sandbox.SandboxConfig;
import dev.engagement.sandbox.SandboxCredentials;
import dev.engagement.sandbox.SandboxData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/** A sandbox on loopback with a fixed clock, and a command line pointed at it through the environment. */
public final class SandboxFixture implements AutoCloseable, AfterAllCallback {
    public final Instant now;
    public final Clock clock;
    public final Sandbox sandbox;

    public SandboxFixture() {
        this(SandboxConfig.builder());
    }

    public SandboxFixture(SandboxConfig.Builder config) {
        this(config, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** A sandbox whose clock stands still at {@code now}. */
    public SandboxFixture(SandboxConfig.Builder config, Instant now) {
        this.now = now;
        clock = Clock.fixed(now, ZoneOffset.UTC);
        sandbox = Sandbox.start(config.port(0).clock(clock).build());
    }

    public SandboxData data() {
        return sandbox.data();
    }

    /** A command line with the sandbox's URL and full credentials in the environment. */
    public Cli cli() {
        Cli cli = new Cli().clock(clock);
        environment().forEach(cli::env);
        return cli;
    }

    /** Tweets the sandbox user owns, neither deleted nor protected, posted about {@code age} before now. */
    public List<Long> ownedIds(int n, Duration age) {
        return ids(n, age, id -> data().authorOf(id) == SandboxData.SANDBOX_USER_ID && !data().isDeleted(id)
                && !data().isProtected(id));
    }

    /** Tweets of other users (neither deleted nor protected): refused as forbidden with the sandbox token. */
    public List<Long> unownedIds(int n, Duration age) {
        return ids(n, age, id -> data().authorOf(id) != SandboxData.SANDBOX_USER_ID && !data().isDeleted(id)
                && !data().isProtected(id));
    }

    /** Deleted Tweets of the sandbox user: reported as unavailable. */
    public List<Long> deletedIds(int n, Duration age) {
        return ids(n, age, id -> data().authorOf(id) == SandboxData.SANDBOX_USER_ID && data().isDeleted(id));
    }

    /** The first {@code n} IDs that pass {@code wanted}, posted from {@code age} ago on, never younger than half of it. */
    public List<Long> ids(int n, Duration age, LongPredicate wanted) {
        List<Long> ids = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Instant t = now.minus(age);
        long spacing = Math.min(37, age.toSeconds() / (2L * n));
        for (int k = 1; ids.size() < n; k += 7919) {
            long id = SandboxData.idAt(t.plusSeconds(ids.size() * spacing), k % (1 << 22));
            if (wanted.test(id) && seen.add(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The sandbox's URL and full credentials, as the command line reads them from the environment. */
    public Map<String, String> environment() {
        SandboxCredentials c = sandbox.credentials();
        return Map.of("ENGAGEMENT_API_URL", sandbox.baseUrl().toString(),
                "ENGAGEMENT_CONSUMER_KEY", c.consumerKey(),
                "ENGAGEMENT_CONSUMER_SECRET", c.consumerSecret(),
                "ENGAGEMENT_ACCESS_TOKEN", c.accessToken(),
                "ENGAGEMENT_ACCESS_TOKEN_SECRET", c.accessTokenSecret());
    }

    public static String lines(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (long id : ids) {
            sb.append(id).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        sandbox.close();
    }

    /** As a {@code @RegisterExtension static} field, the sandbox serves a whole test class and is closed after it. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
