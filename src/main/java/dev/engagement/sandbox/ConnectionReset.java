package dev.engagement.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

/**
 * Resets an exchange's TCP connection the way a crashed proxy does: {@code SO_LINGER} 0, then
 * close, so the client gets an RST rather than a clean FIN. The JDK server keeps its socket
 * private; reaching it takes {@code --add-opens jdk.httpserver/sun.net.httpserver=ALL-UNNAMED}
 * (the jar's manifest and the build's test and benchmark runs give it). Without that the
 * connection is only closed, which the client sees as an end of stream.
 */
final class ConnectionReset {
    private static final Field EXCHANGE_IMPL;
    private static final Field CONNECTION;
    private static final Field CHANNEL;

    static {
        Field impl = null;
        Field connection = null;
        Field channel = null;
        try {
            Class<?> exchange = Class.forName("sun.net.httpserver.HttpExchangeImpl");
            impl = exchange.getDeclaredField("impl");
            connection = Class.forName("sun.net.httpserver.ExchangeImpl").getDeclaredField("connection");
            channel = Class.forName("sun.net.httpserver.HttpConnection").getDeclaredField("chan");
            impl.setAccessible(true);
            connection.setAccessible(true);
            channel.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            impl = null;
        }
        EXCHANGE_IMPL = impl;
        CONNECTION = connection;
        CHANNEL = channel;
    }

    private ConnectionReset() {
    }

    /** Whether {@link #reset} can send an RST in this JVM. */
    static boolean available() {
        return EXCHANGE_IMPL != null;
    }

    /** Resets the connection; false when it could not (the caller then just closes the exchange). */
    static boolean reset(HttpExchange http) {
        if (EXCHANGE_IMPL == null || !EXCHANGE_IMPL.getDeclaringClass().isInstance(http)) {
            return false;
        }
        try {
            Object connection = CONNECTION.get(EXCHANGE_IMPL.get(http));
            SocketChannel channel = (SocketChannel) CHANNEL.get(connection);
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            channel.close();
            return true;
        } catch (IllegalAccessException | IOException | RuntimeException e) {
            return false;
        }
    }
}
