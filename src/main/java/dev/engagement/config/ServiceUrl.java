package dev.engagement.config;

import dev.engagement.EngagementException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The one reading of the URLs the tool sends credentials to (the API URL, the token endpoint):
 * they must be absolute http(s) URLs without query or fragment; plain http is refused unless the
 * host is this machine (secrets never cross a network in clear) or the user explicitly allows it.
 * {@link #redact} is how a URL is shown anywhere: user-info (a password) is never printed.
 */
public final class ServiceUrl {
    /** Where the Engagement API is unless told otherwise (spec 1.1). */
    public static final String DEFAULT_API_URL = "https://data-api.twitter.com/insights/engagement";

    private ServiceUrl() {
    }

    /**
     * @param text          the URL as given
     * @param source        where it came from, for the message (e.g. {@code --api-url})
     * @param example       a valid URL to show in the message
     * @param allowInsecure whether {@code --allow-insecure-http} was given
     */
    public static URI parse(String text, String source, String example, boolean allowInsecure) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw notAUrl(text, source, example);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw notAUrl(text, source, example);
        }
        if (scheme.equals("http") && !allowInsecure && !isLoopback(uri.getHost())) {
            throw EngagementException.usage(source + " " + redact(uri) + " is plain http to another machine, which "
                    + "would send the credentials unencrypted: use https, or pass --allow-insecure-http if this "
                    + "network is trusted.");
        }
        return uri;
    }

    /** The URL without user-info: a name and password in a URL are never sent (the API takes credentials in a header). */
    public static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Whether requests to this URL travel unencrypted over a network (plain http, not to this machine). */
    public static boolean isInsecure(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri.getHost());
    }

    /** The URL as it may be shown: a password in its user-info replaced by {@code ***}. */
    public static String redact(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri.toString();
        }
        String user = uri.getRawUserInfo();
        int colon = user.indexOf(':');
        String shown = (colon < 0 ? user : user.substring(0, colon)) + ":***";
        try {
            return new URI(uri.getScheme(), shown, uri.getHost(), uri.getPort(), uri.getRawPath(), null, null)
                    .toString().replace("%2A%2A%2A", "***");
        } catch (URISyntaxException e) {
            return uri.getScheme() + "://" + shown + "@" + uri.getHost();
        }
    }

    /** {@link #redact(URI)} for text that may not be a URL at all: user-info is cut whatever the rest. */
    public static String redact(String text) {
        int scheme = text.indexOf("://");
        int at = text.indexOf('@', scheme + 3);
        int slash = text.indexOf('/', scheme + 3);
        if (scheme < 0 || at < 0 || (slash >= 0 && slash < at)) {
            return text;
        }
        String user = text.substring(scheme + 3, at);
        int colon = user.indexOf(':');
        return text.substring(0, scheme + 3) + (colon < 0 ? user : user.substring(0, colon)) + ":***" + text.substring(at);
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
            return false; // a name: never resolved here, so a typo cannot turn into a lookup
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static EngagementException notAUrl(String text, String source, String example) {
        return EngagementException.usage(source + " '" + redact(text) + "' is not a URL such as " + example + ".");
    }
}
