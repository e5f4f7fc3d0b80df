package dev.engagement.output;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A temporary file holding one Tweet-keyed grouping, one Tweet per line ({@code id TAB json}), so
 * a document with several such groupings is written without holding any of them in memory.
 */
final class TweetSpool implements AutoCloseable {
    interface TweetVisitor {
        void visit(String tweetId, CountTree counts) throws IOException;
    }

    private final Path file;
    private final BufferedWriter writer;

    TweetSpool() throws IOException {
        file = Files.createTempFile("engagement-", ".spool");
        file.toFile().deleteOnExit();
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void append(CountTree counts) throws IOException {
        for (Map.Entry<String, Object> e : counts.entries()) {
            writer.write(e.getKey());
            writer.write('\t');
            if (e.getValue() instanceof long[]) {
                writer.write(Long.toString(((long[]) e.getValue())[0]));
            } else {
                StringWriter json = new StringWriter();
                JsonWriter w = new JsonWriter(json);
                CountTreeJson.write(w, (CountTree) e.getValue(), false);
                w.flush();
                writer.write(json.toString());
            }
            writer.write('\n');
        }
    }

    /** Reads the Tweets back in the order they were written; a count-only line gives a tree with one empty-keyed count. */
    void forEach(TweetVisitor visitor, CountLineVisitor countVisitor) throws IOException {
        writer.flush();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                String id = line.substring(0, tab);
                String rest = line.substring(tab + 1);
                if (rest.startsWith("{")) {
                    CountTree tree = new CountTree();
                    CountTreeJson.read(new JsonReader(new StringReader(rest)), tree);
                    visitor.visit(id, tree);
                } else {
                    countVisitor.visit(id, Long.parseLong(rest));
                }
            }
        }
    }

    interface CountLineVisitor {
        void visit(String tweetId, long count) throws IOException;
    }

    @Override
    public void close() {
        try {
            writer.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its folder
        }
    }
}
