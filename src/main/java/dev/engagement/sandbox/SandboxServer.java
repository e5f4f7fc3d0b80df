package dev.engagement.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK HTTP server the sandbox runs on: bound to one address, one handler, daemon handler threads. */
final class SandboxServer {
    private static final int BACKLOG = 64;
    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;

    private SandboxServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds {@code host:port} (port 0: any free one); {@code handler} serves every path on {@code threads} threads. */
    static SandboxServer start(String host, int port, int threads, HttpHandler handler) throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(threads, daemonThreads());
        HttpServer server;
        try {
            requestTcpNoDelay();
            server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
        } catch (IOException e) {
            executor.shutdownNow();
            throw e;
        }
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        return new SandboxServer(server, executor);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger threadNo = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sandbox-http-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Asks the JDK server for TCP_NODELAY, unless the user has set {@code sun.net.httpserver.nodelay}
     * either way. Without it the server's separate header and body writes meet the client's delayed
     * ACK, and every response takes 40 ms longer. The JDK reads the property once, when it creates
     * its first server in this JVM, so this runs before every bind and only the first one counts.
     */
    private static void requestTcpNoDelay() {
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
    }
}
