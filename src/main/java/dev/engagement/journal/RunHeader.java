package dev.engagement.journal;

import dev.engagement.api.Grouping;
import dev.engagement.api.TimeWindow;
import dev.engagement.fetch.RequestShape;
import dev.engagement.input.SourceIdentity;
import java.time.Instant;
import java.util.List;

/**
 * The first record of a journal: where the run came from, what its requests ask for, and what was
 * planned. Enough to tell whether a command may resume the journal, and to render its result again
 * without the command or the input. {@code batchHash}: how its records identify their batches.
 */
public record RunHeader(Origin origin, RequestShape shape, Shown shown, Plan plan, BatchHash batchHash) {
    /** The header of a new run, whose records use the current batch hash. */
    public RunHeader(Origin origin, RequestShape shape, Shown shown, Plan plan) {
        this(origin, shape, shown, plan, BatchHash.CURRENT);
    }

    /**
     * @param fingerprint what the command's result depends on, hashed: a journal is resumed only by its own command
     * @param arguments   the command line as typed, secrets never among them (fetch commands take none)
     */
    public record Origin(String fingerprint, Instant created, String tool, List<String> arguments,
            List<SourceIdentity> inputs) {
        public Origin {
            arguments = List.copyOf(arguments);
            inputs = List.copyOf(inputs);
        }
    }

    /** Which of the groupings sent the result shows, and the one the Top Tweets read (null without --top). */
    public record Shown(List<String> groupings, String topSource, Integer top) {
        public Shown {
            groupings = List.copyOf(groupings);
        }
    }

    /**
     * @param range      the whole historical range, as the first run resolved it (null off /historical and with --since-post)
     * @param outOfRange IDs no batch asks for, because their window cannot be served
     * @param owners     what the owner cache the batches were cut from said (its snapshot), for a run that routes
     *                   between profiles; null otherwise. A resumed run cut from another cache would cut other batches.
     */
    public record Plan(TimeWindow range, List<TimeWindow> windows, long ids, long batches, List<String> outOfRange,
            String owners) {
        public Plan {
            windows = List.copyOf(windows);
            outOfRange = List.copyOf(outOfRange);
        }

        public Plan(TimeWindow range, List<TimeWindow> windows, long ids, long batches, List<String> outOfRange) {
            this(range, windows, ids, batches, outOfRange, null);
        }
    }

    /** The shown groupings, in request order. */
    public List<Grouping> shownGroupings() {
        return shape.groupings().stream().filter(g -> shown.groupings().contains(g.name())).toList();
    }

    /** The grouping the Top Tweets read, or null. */
    public Grouping topSource() {
        return shape.groupings().stream().filter(g -> g.name().equals(shown.topSource())).findFirst().orElse(null);
    }
}
