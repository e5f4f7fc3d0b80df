package dev.engagement.cli;

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

/** A sandbox on loopback with a fixed clock, and a command line pointed at it through the environment. */
public final class SandboxFixture implements AutoCloseable {
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
        SandboxCredentials c = sandbox.credentials();
        return new Cli().clock(clock)
                .env("ENGAGEMENT_API_URL", sandbox.baseUrl().toString())
                .env("ENGAGEMENT_CONSUMER_KEY", c.consumerKey())
                .env("ENGAGEMENT_CONSUMER_SECRET", c.consumerSecret())
                .env("ENGAGEMENT_ACCESS_TOKEN", c.accessToken())
                .env("ENGAGEMENT_ACCESS_TOKEN_SECRET", c.accessTokenSecret());
    }

    /** IDs of Tweets posted about {@code age} ago that the sandbox user owns and that are neither deleted nor protected. */
    public List<Long> ownedIds(int n, Duration age) {
        List<Long> ids = new ArrayList<>();
        Instant t = now.minus(age);
        for (int k = 1; ids.size() < n; k += 7919) {
            // Spread over the older half of the age, so no ID is younger than half of it.
            long id = SandboxData.idAt(t.plusSeconds(ids.size() * age.toSeconds() / (2L * n)), k % (1 << 22));
            if (data().authorOf(id) == SandboxData.SANDBOX_USER_ID && !data().isDeleted(id) && !data().isProtected(id)
                    && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** IDs the sandbox user does not own (neither deleted nor protected). */
    public List<Long> unownedIds(int n, Duration age) {
        List<Long> ids = new ArrayList<>();
        Instant t = now.minus(age);
        for (int k = 3; ids.size() < n; k += 104729) {
            long id = SandboxData.idAt(t.plusSeconds(k % 1000), k % (1 << 22));
            if (data().authorOf(id) != SandboxData.SANDBOX_USER_ID && !data().isDeleted(id) && !data().isProtected(id)
                    && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
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
}
