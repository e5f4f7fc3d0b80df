package dev.engagement.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BearerTokenClientTest {
    @Test
    void basicCredentialMatchesTheDocumentedExample() {
        // spec 7.5, from the X app-only authentication docs
        assertEquals("eHZ6MWV2RlM0d0VFUFRHRUZQSEJvZzpMOHFxOVBaeVJnNmllS0dFS2hab2xHQzB2SldMdzhpRUo4OERSZHlPZw==",
                BearerTokenClient.basicCredential("xvz1evFS4wEEPTGEFPHBog", "L8qq9PZyRg6ieKGEKhZolGC0vJWLw8iEJ88DRdyOg"));
    }

    @Test
    void keyAndSecretAreUrlEncodedBeforeBase64() {
        String decoded = new String(Base64.getDecoder().decode(BearerTokenClient.basicCredential("a:b c", "s/+=")),
                StandardCharsets.UTF_8);
        assertEquals("a%3Ab+c:s%2F%2B%3D", decoded);
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.x.com, https://api.x.com/oauth2/token",
        "https://api.x.com/, https://api.x.com/oauth2/token",
        "http://127.0.0.1:8080, http://127.0.0.1:8080/oauth2/token",
        "https://api.twitter.com/oauth2/token, https://api.twitter.com/oauth2/token",
        "https://proxy.example/x/, https://proxy.example/x/oauth2/token",
    })
    void tokenEndpointUnderTheAuthUrl(String authUrl, String expected) {
        assertEquals(expected, BearerTokenClient.tokenUri(java.net.URI.create(authUrl)).toString());
    }

}
