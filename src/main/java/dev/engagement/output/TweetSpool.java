package dev.engagement.output;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A temporary file holding one Tweet-keyed grouping, one Tweet per line ({@code id TAB json}), so
 * a document with several such groupings is written without holding any of them in memory.
 */
final class TweetSpool implements AutoCloseable {
    private final Path file;
    private final BufferedWriter writer;
    private final TextBuffer line = new TextBuffer();
    /** Writes one JSON value per line; lenient, because the file holds many top-level values. */
    private final JsonWriter json;

    TweetSpool() throws IOException {
        file = Files.createTempFile("engagement-", ".spool");
        file.toFile().deleteOnExit();
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        json = new JsonWriter(line);
        json.setStrictness(Strictness.LENIENT);
    }

    void append(CountTree counts) throws IOException {
        for (Map.Entry<String, Object> e : counts.entries()) {
            line.clear();
            line.write(e.getKey());
            line.write('\t');
            if (e.getValue() instanceof long[]) {
                line.write(Long.toString(((long[]) e.getValue())[0]));
            } else {
                CountTreeJson.write(json, (CountTree) e.getValue(), false);
            }
            line.write('\n');
            writer.append(line.text());
        }
    }

    /**
     * Writes the Tweets, in the order they came, as members of the object {@code out} is in. Compact
     * output copies each line's JSON as it is; indented output re-reads it to indent it.
     */
    void copyMembers(JsonWriter out, boolean reindent) throws IOException {
        writer.flush();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                out.name(line.substring(0, tab));
                String value = line.substring(tab + 1);
                if (reindent && value.startsWith("{")) {
                    CountTree tree = new CountTree();
                    CountTreeJson.read(new JsonReader(new StringReader(value)), tree);
                    CountTreeJson.write(out, tree, false);
                } else {
                    out.jsonValue(value);
                }
            }
        }
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
