package dev.engagement.config;

import dev.engagement.PrivateFiles;
import dev.engagement.Text;
import dev.engagement.EngagementException;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The config file of profiles: {@code profile.NAME.FIELD=value} lines in Java properties syntax
 * (UTF-8). Saving rewrites it atomically (a temporary file renamed over it) with owner-only
 * permissions (0600) in a folder created owner-only (0700); settings it does not know are kept.
 */
public final class ProfileStore {
    public static final String DEFAULT_PROFILE = "default";
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern KEY = Pattern.compile("profile\\.([A-Za-z0-9_-]{1,64})\\.([a-z_]+)");
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final Path file;
    private final boolean exists;
    private final Set<PosixFilePermission> permissions;
    private final TreeMap<String, Map<ProfileField, String>> profiles = new TreeMap<>();
    private final TreeMap<String, String> otherSettings = new TreeMap<>();

    private ProfileStore(Path file, boolean exists, Set<PosixFilePermission> permissions) {
        this.file = file;
        this.exists = exists;
        this.permissions = permissions;
    }

    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    /** Reads {@code file}; a file that does not exist gives an empty store that {@link #save()} creates. */
    public static ProfileStore load(Path file) {
        Properties props = new Properties();
        Set<PosixFilePermission> permissions = null;
        boolean exists;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
            exists = true;
            if (posix()) {
                permissions = Files.getPosixFilePermissions(file);
            }
        } catch (NoSuchFileException e) {
            exists = false;
        } catch (CharacterCodingException e) {
            throw EngagementException.usage("The config file " + file + " is not UTF-8 text.");
        } catch (IllegalArgumentException e) {
            throw EngagementException.usage("The config file " + file + " has a malformed \\u escape.");
        } catch (IOException e) {
            throw EngagementException.usage("Cannot read the config file " + file + " (" + e.getClass().getSimpleName()
                    + ").");
        }
        ProfileStore store = new ProfileStore(file, exists, permissions);
        for (String key : props.stringPropertyNames()) {
            Matcher m = KEY.matcher(key);
            ProfileField field = m.matches() ? fieldOf(m.group(2)) : null;
            if (field == null) {
                store.otherSettings.put(key, props.getProperty(key));
            } else if (!props.getProperty(key).isBlank()) {
                store.profiles.computeIfAbsent(m.group(1), n -> new EnumMap<>(ProfileField.class))
                        .put(field, props.getProperty(key).strip());
            }
        }
        return store;
    }

    private static ProfileField fieldOf(String property) {
        for (ProfileField f : ProfileField.values()) {
            if (f.property().equals(property)) {
                return f;
            }
        }
        return null;
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return exists;
    }

    public List<String> profileNames() {
        return new ArrayList<>(profiles.keySet());
    }

    public Optional<Profile> profile(String name) {
        Map<ProfileField, String> values = profiles.get(name);
        return values == null ? Optional.empty() : Optional.of(new Profile(name, values));
    }

    /**
     * A profile as a run reads it: its own values, and the app's settings it lacks taken from the
     * {@code default} profile ({@link ProfileField#APP}); {@code inherited} names those.
     */
    public record Effective(Profile profile, Set<ProfileField> inherited) {
    }

    /** The profile with what it inherits from {@code default}; empty when the profile does not exist. */
    public Optional<Effective> effective(String name) {
        Optional<Profile> own = profile(name);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Profile fallback = name.equals(DEFAULT_PROFILE) ? null : profile(DEFAULT_PROFILE).orElse(null);
        Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
        values.putAll(own.get().values());
        Set<ProfileField> inherited = java.util.EnumSet.noneOf(ProfileField.class);
        if (fallback != null) {
            for (ProfileField f : ProfileField.APP) {
                if (!values.containsKey(f) && fallback.get(f) != null) {
                    values.put(f, fallback.get(f));
                    inherited.add(f);
                }
            }
        }
        return Optional.of(new Effective(new Profile(name, values), inherited));
    }

    /** Removes a profile; {@link #save()} writes the change. Returns whether there was one. */
    public boolean remove(String name) {
        return profiles.remove(name) != null;
    }

    /** Adds or replaces a profile; {@link #save()} writes it. */
    public void put(Profile profile) {
        EnumMap<ProfileField, String> values = new EnumMap<>(ProfileField.class);
        values.putAll(profile.values());
        profiles.put(profile.name(), values);
    }

    /** Whether the file as read can be read or changed by users other than its owner. */
    public boolean isExposed() {
        return permissions != null && permissions.stream().anyMatch(OTHERS::contains);
    }

    /**
     * What the user should know about the file as read: that other users can read it (with the
     * chmod that fixes it), and settings that will be ignored. Never shows a value.
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (isExposed()) {
            warnings.add("The config file " + file + " can be read by other users (permissions "
                    + PosixFilePermissions.toString(permissions) + "); fix it with: chmod 600 " + shellQuote(file));
        }
        warnings.addAll(settingWarnings());
        return warnings;
    }

    /** The settings of the file that are ignored, named only when they look like a misspelt setting. */
    public List<String> settingWarnings() {
        List<String> warnings = new ArrayList<>();
        Set<String> typos = new TreeSet<>();
        int unnamed = 0;
        for (String key : otherSettings.keySet()) {
            if (KEY.matcher(key).matches()) {
                typos.add(key);
            } else {
                unnamed++;
            }
        }
        if (!typos.isEmpty()) {
            warnings.add("The config file " + file + " has unknown settings, ignored: " + String.join(", ", typos)
                    + " (known: " + knownProperties() + ").");
        }
        if (unnamed > 0) {
            warnings.add("The config file " + file + " has " + Text.count(unnamed, "line") + (unnamed == 1 ? " that is not " : " that are not ")
                    + "profile.NAME.SETTING=value; they are ignored.");
        }
        return warnings;
    }

    private static String knownProperties() {
        List<String> names = new ArrayList<>();
        for (ProfileField f : ProfileField.values()) {
            names.add(f.property());
        }
        return String.join(", ", names);
    }

    /** The comment {@link #save()} puts at the top of the file. */
    static final String CONFIGURE_COMMENT = "Written by 'engagement configure'. Keep it private: chmod 600.";

    /** Writes every profile atomically with permissions 0600, creating the folder with 0700 when missing. */
    public void save() throws IOException {
        save(CONFIGURE_COMMENT);
    }

    /** As {@link #save()}, with {@code comment} (one line) saying who wrote the file. */
    public void save(String comment) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        boolean posix = posix();
        PrivateFiles.createFolder(target.getParent());
        Path tmp = PrivateFiles.tempFileBeside(target);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(render(comment).getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (posix) {
                Files.setPosixFilePermissions(tmp, FILE_MODE);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    String render() {
        return render(CONFIGURE_COMMENT);
    }

    private String render(String comment) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Credentials of the engagement command, one profile.NAME.SETTING=value per line.\n")
                .append("# ").append(comment.replace('\n', ' ')).append('\n');
        List<String> names = new ArrayList<>(profiles.keySet());
        if (names.remove(DEFAULT_PROFILE)) {
            names.add(0, DEFAULT_PROFILE);
        }
        for (String name : names) {
            sb.append('\n');
            profiles.get(name).forEach((f, v) ->
                    sb.append(escape("profile." + name + "." + f.property(), true)).append('=').append(escape(v, false))
                            .append('\n'));
        }
        if (!otherSettings.isEmpty()) {
            sb.append('\n');
            otherSettings.forEach((k, v) -> sb.append(escape(k, true)).append('=').append(escape(v, false)).append('\n'));
        }
        return sb.toString();
    }

    /** Escapes for {@link Properties#load(Reader)}: backslashes, control characters, and in keys the separators. */
    static String escape(String s, boolean key) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                case ' ':
                    sb.append(key || i == 0 ? "\\ " : " ");
                    break;
                case '=':
                case ':':
                case '#':
                case '!':
                    sb.append(key ? "\\" + c : String.valueOf(c));
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }

    static String shellQuote(Path p) {
        String s = p.toString();
        return s.matches("[A-Za-z0-9_./~+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "ProfileStore[" + file + ", profiles " + profiles.keySet() + ", values hidden]";
    }
}
