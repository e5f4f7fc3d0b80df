package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.Grouping;
import dev.engagement.merge.IdLists;
import dev.engagement.merge.RunResult;
import dev.engagement.merge.TopTweets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --ids-dir DIR}: each ID list in a file of its own, one ID per line, ready to feed back in
 * ({@code failed.txt}, {@code forbidden.txt}, ...), whatever the format of the main output. Every file
 * is written, empty ones too, so a script can rely on them.
 */
public final class IdListFiles implements ResultWriter {
    private final ResultWriter main;
    private final Path dir;

    public IdListFiles(ResultWriter main, Path dir) {
        this.main = main;
        this.dir = dir;
    }

    /** The file of each list, in the order of the JSON document's lists. */
    public static Map<String, Collection<String>> files(IdLists ids) {
        Map<String, Collection<String>> files = new LinkedHashMap<>();
        files.put("unavailable.txt", ids.unavailable);
        files.put("unsupported_video_views.txt", ids.unsupportedForVideoViews);
        files.put("unsupported_impressions_engagements.txt", ids.unsupportedForImpressionsEngagements);
        files.put("forbidden.txt", ids.forbidden);
        files.put("failed.txt", ids.failed);
        files.put("out_of_range.txt", ids.outOfRange);
        return files;
    }

    @Override
    public void tweetCounts(Grouping grouping, CountTree counts) throws IOException {
        main.tweetCounts(grouping, counts);
    }

    @Override
    public void finish(RunResult result, TopTweets top) throws IOException {
        main.finish(result, top);
        for (Map.Entry<String, Collection<String>> list : files(result.ids()).entrySet()) {
            OutputTarget target = OutputTarget.file(dir.resolve(list.getKey()));
            try {
                OutputStream out = target.stream();
                for (String id : list.getValue()) {
                    out.write((id + "\n").getBytes(StandardCharsets.US_ASCII));
                }
                target.commit();
            } catch (IOException | RuntimeException e) {
                target.abort();
                throw e;
            }
        }
    }

    @Override
    public void discard() {
        main.discard();
    }
}
