package dev.engagement.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema validator for the keywords the report's schema uses, and nothing else: type (one or a
 * list), const, enum, required, properties, additionalProperties (false or a schema), items, minimum,
 * pattern. A keyword it does not know fails the check, so the schema cannot quietly outgrow it.
 */
public final class SchemaCheck {
    private static final Set<String> KNOWN = Set.of("$schema", "$id", "title", "description", "type", "const", "enum",
            "required", "properties", "additionalProperties", "items", "minimum", "pattern");

    private final List<String> problems = new ArrayList<>();

    /** The report schema from the class path. */
    public static JsonObject reportSchema() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with {@code doc} by {@code schema}, one line per problem with its JSON path; empty when valid. */
    public static List<String> problems(JsonObject schema, JsonElement doc) {
        SchemaCheck c = new SchemaCheck();
        c.check(schema, doc, "$");
        return c.problems;
    }

    private void check(JsonObject schema, JsonElement value, String path) {
        for (String keyword : schema.keySet()) {
            if (!KNOWN.contains(keyword)) {
                problems.add(path + ": the schema uses '" + keyword + "', which this check does not know");
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(path + ": " + value + " is not of type " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !same(schema.get("const"), value)) {
            problems.add(path + ": " + value + " is not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean any = false;
            for (JsonElement e : schema.getAsJsonArray("enum")) {
                any |= same(e, value);
            }
            if (!any) {
                problems.add(path + ": " + value + " is none of " + schema.get("enum"));
            }
        }
        if (schema.has("minimum") && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                && value.getAsBigDecimal().compareTo(schema.get("minimum").getAsBigDecimal()) < 0) {
            problems.add(path + ": " + value + " is below " + schema.get("minimum"));
        }
        if (schema.has("pattern") && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                && !Pattern.compile(schema.get("pattern").getAsString()).matcher(value.getAsString()).find()) {
            problems.add(path + ": " + value + " does not match " + schema.get("pattern"));
        }
        if (value.isJsonObject()) {
            object(schema, value.getAsJsonObject(), path);
        }
        if (value.isJsonArray() && schema.has("items")) {
            JsonArray a = value.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                check(schema.getAsJsonObject("items"), a.get(i), path + "[" + i + "]");
            }
        }
    }

    private void object(JsonObject schema, JsonObject o, String path) {
        if (schema.has("required")) {
            for (JsonElement name : schema.getAsJsonArray("required")) {
                if (!o.has(name.getAsString())) {
                    problems.add(path + ": '" + name.getAsString() + "' is missing");
                }
            }
        }
        JsonObject properties = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
        for (Map.Entry<String, JsonElement> field : o.entrySet()) {
            String at = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.getAsJsonObject(field.getKey()), field.getValue(), at);
            } else if (schema.has("additionalProperties")) {
                JsonElement extra = schema.get("additionalProperties");
                if (extra.isJsonPrimitive() && !extra.getAsBoolean()) {
                    problems.add(at + ": no such field in the schema");
                } else if (extra.isJsonObject()) {
                    check(extra.getAsJsonObject(), field.getValue(), at);
                }
            }
        }
    }

    private static boolean typeMatches(JsonElement type, JsonElement value) {
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        JsonPrimitive p = value.isJsonPrimitive() ? value.getAsJsonPrimitive() : null;
        return switch (type.getAsString()) {
            case "object" -> value.isJsonObject();
            case "array" -> value.isJsonArray();
            case "string" -> p != null && p.isString();
            case "boolean" -> p != null && p.isBoolean();
            case "null" -> value.isJsonNull();
            case "number" -> p != null && p.isNumber();
            case "integer" -> p != null && p.isNumber() && isWhole(p.getAsBigDecimal());
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean isWhole(BigDecimal d) {
        return d.stripTrailingZeros().scale() <= 0;
    }

    private static boolean same(JsonElement a, JsonElement b) {
        if (a.isJsonPrimitive() && b.isJsonPrimitive() && a.getAsJsonPrimitive().isNumber()
                && b.getAsJsonPrimitive().isNumber()) {
            return a.getAsBigDecimal().compareTo(b.getAsBigDecimal()) == 0;
        }
        return a.equals(b);
    }
}
