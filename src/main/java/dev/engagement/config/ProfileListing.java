package dev.engagement.config;

import java.util.Locale;
import java.util.Map;

/** The profiles of a config file as {@code configure --list} shows them: values masked, inherited ones marked. */
final class ProfileListing {
    /** The last line of each profile says whether {@code --all-profiles} signs with it. */
    static final String ALL_PROFILES = "--all-profiles";

    private ProfileListing() {
    }

    static String render(ProfileStore store, String inUse, Map<String, String> env) {
        int width = 0;
        for (ProfileField f : ProfileField.values()) {
            width = Math.max(width, f.property().length());
        }
        width = Math.max(width, ALL_PROFILES.length());
        StringBuilder sb = new StringBuilder();
        for (String name : store.profileNames()) {
            ProfileStore.Effective p = store.effective(name).orElseThrow();
            sb.append(name.equals(inUse) ? "* " : "  ").append(name).append('\n');
            for (ProfileField f : ProfileField.values()) {
                sb.append("    ").append(String.format(Locale.ROOT, "%-" + width + "s  ", f.property()))
                        .append(f.display(p.profile().get(f)));
                if (p.inherited().contains(f)) {
                    sb.append("  (from '").append(ProfileStore.DEFAULT_PROFILE).append("')");
                }
                String v = env.get(f.envVar());
                if (v != null && !v.isEmpty()) {
                    sb.append("  (overridden by ").append(f.envVar()).append(')');
                }
                sb.append('\n');
            }
            String leftOut = OwnerProfiles.leftOutBecause(store, name);
            sb.append("    ").append(String.format(Locale.ROOT, "%-" + width + "s  ", ALL_PROFILES))
                    .append(leftOut == null ? "used" : "not used: " + leftOut).append('\n');
        }
        return sb.toString();
    }
}
