package dev.engagement.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one reading of the URLs credentials are sent to. */
class ServiceUrlTest {
    static URI parse(String url, boolean allowInsecure) {
        return ServiceUrl.parse(url, "--api-url", ServiceUrl.DEFAULT_API_URL, allowInsecure);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.x.com", "ftp://api.x.com", "https://api.x.com/?a=1", "not a url", "https://x.com/#f"})
    void anythingButAnHttpUrlIsAUsageError(String url) {
        EngagementException e = assertThrows(EngagementException.class, () -> parse(url, true));
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9/x", "https://example.com/x"})
    void plainHttpIsAllowedOnlyToThisMachine(String url) {
        assertEquals(URI.create(url), parse(url, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/insights/engagement", "http://10.0.0.7:8080/x", "http://api/x"})
    void plainHttpToAnotherMachineIsRefusedUnlessAllowed(String url) {
        EngagementException e = assertThrows(EngagementException.class, () -> parse(url, false));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("--allow-insecure-http"), e.getMessage());
        assertTrue(ServiceUrl.isInsecure(parse(url, true)));
    }

    @ParameterizedTest
    @CsvSource({
        "https://user:s3cret@host.example/p, https://user:***@host.example/p",
        "https://user@host.example/p, https://user:***@host.example/p",
        "https://host.example/p, https://host.example/p",
    })
    void userInfoIsNeverShown(String url, String shown) {
        assertEquals(shown, ServiceUrl.redact(URI.create(url)));
        assertEquals(shown, ServiceUrl.redact(url));
    }

    @Test
    void aRefusedUrlIsShownWithoutItsPassword() {
        EngagementException e = assertThrows(EngagementException.class,
                () -> parse("http://user:s3cret@example.com/x", false));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        EngagementException bad = assertThrows(EngagementException.class, () -> parse("ftp://u:s3cret@x/y", false));
        assertFalse(bad.getMessage().contains("s3cret"), bad.getMessage());
    }
}
