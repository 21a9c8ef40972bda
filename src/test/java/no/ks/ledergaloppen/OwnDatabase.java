package no.ks.ledergaloppen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An H2 file database of the tests' own, in a folder under {@code target/}, served over TCP from this JVM so
 * that a test can take it away (an outage) and bring it back, and back it up as the app does in production.
 * H2 is a runtime dependency only, so its server is reached by reflection.
 */
public final class OwnDatabase {

    private static Path folder;
    private static int port;
    private static Object server;

    private OwnDatabase() {
    }

    public static synchronized String url() {
        if (server == null) {
            try {
                folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "own-database-")
                        .toAbsolutePath();
                try (ServerSocket probe = new ServerSocket(0)) {
                    port = probe.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start();
        }
        return "jdbc:h2:tcp://localhost:" + port + "/" + folder.resolve("ledergaloppen");
    }

    /** Where the database's own files lie; backups go to {@code backups/} beside them. */
    public static synchronized Path folder() {
        url();
        return folder;
    }

    /**
     * Takes the database away: every open connection breaks and new ones are refused. It stays away for more
     * than a blink (the pool trusts a connection used in the last half second without checking it).
     */
    public static synchronized void stop() {
        call("stop", server);
        server = null;
        pause();
    }

    /** Brings the database back (with what it held), if it was away. */
    public static synchronized void start() {
        if (server == null) {
            Object created = call("createTcpServer", null,
                    (Object) new String[] {"-tcpPort", String.valueOf(port), "-ifNotExists"});
            server = call("start", created);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object call(String method, Object target, Object... args) {
        try {
            Class<?> type = Class.forName("org.h2.tools.Server");
            Method m = args.length == 0 ? type.getMethod(method) : type.getMethod(method, String[].class);
            return m.invoke(target, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("H2's TCP server: " + method, e);
        }
    }
}
