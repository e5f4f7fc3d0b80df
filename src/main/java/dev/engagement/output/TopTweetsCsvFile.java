package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.Grouping;
import dev.engagement.merge.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import dev.engagement.merge.TopTweets;

/**
 * {@code --top-output}: the Top Tweets go to their own CSV file, {@code metric,rank,tweet_id,count,url}
 * (rank from 1 per metric; ties ranked by Tweet ID), and the main output is written without them.
 */
public final class TopTweetsCsvFile implements ResultWriter {
    public static final List<String> HEADER = List.of("metric", "rank", "tweet_id", "count", "url");
    public static final String STATUS_URL = dev.engagement.api.TweetIds.STATUS_URL;

    private final ResultWriter main;
    private final Path file;
    private final List<String> metrics;

    /** {@code file}: written when the run finishes, like the main output through a temporary file. */
    public TopTweetsCsvFile(ResultWriter main, Path file, List<String> metrics) {
        this.main = main;
        this.file = file;
        this.metrics = metrics;
    }

    @Override
    public void tweetCounts(Grouping grouping, CountTree counts) throws IOException {
        main.tweetCounts(grouping, counts);
    }

    @Override
    public void finish(RunResult result, TopTweets top) throws IOException {
        main.finish(result, null);
        OutputTarget target = OutputTarget.file(file);
        try {
            write(target.stream(), top);
            target.commit();
        } catch (IOException | RuntimeException e) {
            target.abort();
            throw e;
        }
    }

    private void write(OutputStream out, TopTweets top) throws IOException {
        CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(new String[0])).get());
        if (top != null) {
            for (Map.Entry<String, List<TopTweets.Entry>> metric : top.ranked(metrics).entrySet()) {
                int rank = 1;
                for (TopTweets.Entry e : metric.getValue()) {
                    printer.printRecord(metric.getKey(), rank++, Long.toString(e.tweetId()), e.count(),
                            STATUS_URL + e.tweetId());
                }
            }
        }
        printer.flush();
    }

    @Override
    public void discard() {
        main.discard();
    }
}
