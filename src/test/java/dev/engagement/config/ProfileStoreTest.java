package dev.engagement.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    @TempDir
    Path dir;

    @Test
    void savesOwnerOnlyInANewOwnerOnlyFolderAndReadsBack() throws Exception {
        Path file = dir.resolve("a/engagement/config.properties");
        ProfileStore store = ProfileStore.load(file);
        assertFalse(store.exists());
        store.put(new Profile("default", Map.of(ProfileField.CONSUMER_KEY, "key", ProfileField.CONSUMER_SECRET,
                "s3cr\\et=with:odd#chars!", ProfileField.API_URL, "http://127.0.0.1:9/insights/engagement")));
        store.put(new Profile("brand", Map.of(ProfileField.BEARER_TOKEN, "AAAA%2FBBBB%3D")));
        store.save();

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        ProfileStore again = ProfileStore.load(file);
        assertTrue(again.exists());
        assertEquals(List.of("brand", "default"), again.profileNames());
        assertEquals("s3cr\\et=with:odd#chars!", again.profile("default").orElseThrow().get(ProfileField.CONSUMER_SECRET));
        assertEquals("AAAA%2FBBBB%3D", again.profile("brand").orElseThrow().get(ProfileField.BEARER_TOKEN));
        assertEquals(List.of(), again.warnings());
        assertTrue(Files.readString(file).contains("profile.default.consumer_key=key\n"));
    }

    @Test
    void warnsWithTheChmodThatFixesAGroupReadableFileAndSavingFixesIt() throws Exception {
        Path file = dir.resolve("config.properties");
        Files.writeString(file, "profile.default.consumer_key=k\nprofile.default.consumer_secrt=x\nother.setting=1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        ProfileStore store = ProfileStore.load(file);
        assertTrue(store.isExposed());
        List<String> warnings = store.warnings();
        assertTrue(warnings.get(0).contains("can be read by other users (permissions rw-r--r--)"), warnings.toString());
        assertTrue(warnings.get(0).endsWith("chmod 600 " + file), warnings.toString());
        assertTrue(warnings.get(1).contains("profile.default.consumer_secrt"), warnings.toString());
        assertTrue(warnings.get(2).contains("1 line that is not"), warnings.toString());

        store.put(store.profile("default").orElseThrow().with(Map.of(ProfileField.ACCESS_TOKEN, "t")));
        store.save();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("other.setting=1") && text.contains("profile.default.consumer_secrt=x"),
                "unknown settings are kept: " + text);
        assertFalse(ProfileStore.load(file).isExposed());
    }

    @Test
    void savingThroughASymlinkReplacesTheTarget() throws Exception {
        Path real = dir.resolve("dotfiles/config.properties");
        Files.createDirectories(real.getParent());
        Files.writeString(real, "profile.default.consumer_key=old\n");
        Path link = dir.resolve("config.properties");
        Files.createSymbolicLink(link, real);
        ProfileStore store = ProfileStore.load(link);
        store.put(store.profile("default").orElseThrow().with(Map.of(ProfileField.CONSUMER_KEY, "new")));
        store.save();
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", ProfileStore.load(real).profile("default").orElseThrow().get(ProfileField.CONSUMER_KEY));
    }

    @Test
    void defaultFileFollowsXdgThenHome() {
        assertEquals(Path.of("/x/engagement/config.properties"),
                ProfileLocation.defaultFile(Map.of("XDG_CONFIG_HOME", "/x", "HOME", "/h")));
        assertEquals(Path.of("/h/.config/engagement/config.properties"),
                ProfileLocation.defaultFile(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/h")));
        assertEquals(null, ProfileLocation.defaultFile(Map.of()));
    }

    @Test
    void emptyUpdatesKeepTheOldValues() {
        Profile p = new Profile("default", Map.of(ProfileField.CONSUMER_KEY, "k", ProfileField.CONSUMER_SECRET, "s"));
        Profile q = p.with(Map.of(ProfileField.CONSUMER_KEY, "", ProfileField.CONSUMER_SECRET, "s2"));
        assertEquals("k", q.get(ProfileField.CONSUMER_KEY));
        assertEquals("s2", q.get(ProfileField.CONSUMER_SECRET));
        assertFalse(q.toString().contains("s2"));
    }
}
