package dev.engagement.output;

import com.google.gson.stream.JsonWriter;
import dev.engagement.merge.ProfileCounts;
import java.io.IOException;
import java.util.Map;

/** {@code "profiles": {"NAME": {"tweets": n, "refused": n, "requests": n}, ...}} of a run that routes between profiles. */
final class ProfileSummaryJson {
    private ProfileSummaryJson() {
    }

    /** Writes the member; nothing when {@code profiles} is null (a run that signs with one token). */
    static void write(JsonWriter w, Map<String, ProfileCounts> profiles) throws IOException {
        if (profiles == null) {
            return;
        }
        w.name(ResultKeys.PROFILES).beginObject();
        for (Map.Entry<String, ProfileCounts> e : profiles.entrySet()) {
            ProfileCounts c = e.getValue();
            w.name(e.getKey()).beginObject().name("tweets").value(c.tweets()).name("refused").value(c.refused())
                    .name("requests").value(c.requests()).endObject();
        }
        w.endObject();
    }
}
