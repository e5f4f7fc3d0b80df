package dev.engagement.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One named set of credentials (and optionally an API URL) from the config file. Blank values are absent. */
public record Profile(String name, Map<ProfileField, String> values) {

    public Profile {
        EnumMap<ProfileField, String> copy = new EnumMap<>(ProfileField.class);
        values.forEach((f, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(f, v.strip());
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static Profile empty(String name) {
        return new Profile(name, Map.of());
    }

    /** The value of a field, or null. */
    public String get(ProfileField field) {
        return values.get(field);
    }

    /** This profile with the non-blank {@code updates} replacing its values; blank updates keep the old value. */
    public Profile with(Map<ProfileField, String> updates) {
        EnumMap<ProfileField, String> merged = new EnumMap<>(ProfileField.class);
        merged.putAll(values);
        updates.forEach((f, v) -> {
            if (v != null && !v.isBlank()) {
                merged.put(f, v);
            }
        });
        return new Profile(name, merged);
    }

    @Override
    public String toString() {
        return "Profile[" + name + ", " + values.keySet() + ", values hidden]";
    }
}
