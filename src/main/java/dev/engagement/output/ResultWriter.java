package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.Grouping;
import dev.engagement.merge.RunResult;
import java.io.IOException;
import dev.engagement.merge.TopTweets;

/** A format: receives Tweet-keyed counts batch by batch, then the rest of the result once. */
public interface ResultWriter {
    /** A batch's part of a grouping whose outer level is the Tweet ID; its Tweets are new. */
    void tweetCounts(Grouping grouping, CountTree counts) throws IOException;

    /** Writes everything else and completes the document. {@code top} may be null. */
    void finish(RunResult result, TopTweets top) throws IOException;

    /** Releases temporary files; called whether or not {@link #finish} ran. */
    default void discard() {
    }
}
