package dev.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec 9 #30: gzip is accepted when gzip, or else *, is listed with q above 0. */
class AcceptEncodingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gzip|true", "GZip|true", "x-gzip|true", "gzip, deflate|true", "deflate, gzip;q=0.5|true", "gzip ; q=1.0|true",
        "*|true", "identity, *;q=0.1|true", "gzip;q=0.001|true",
        "gzip;q=0|false", "gzip;q=0.0, *|false", "*;q=0|false", "deflate|false", "identity|false", "br, deflate|false",
        "gzip;q=abc|false", "gzip;q=2|false", "''|false"})
    void header(String value, boolean accepts) {
        assertEquals(accepts, AcceptEncoding.acceptsGzip(List.of(value)), value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"deflate|gzip|true", "gzip;q=0|*|false", "br|*;q=0.5|true"})
    void severalHeaderLines(String first, String second, boolean accepts) {
        assertEquals(accepts, AcceptEncoding.acceptsGzip(List.of(first, second)));
    }

    @org.junit.jupiter.api.Test
    void noHeader() {
        assertEquals(false, AcceptEncoding.acceptsGzip(null));
        assertEquals(false, AcceptEncoding.acceptsGzip(List.of()));
    }
}
