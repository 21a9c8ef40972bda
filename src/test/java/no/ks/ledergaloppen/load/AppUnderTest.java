package no.ks.ledergaloppen.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The app the harness drives: the production jar started on a free port with a fresh H2 file database under
 * target/load/ (or an app already running, {@code -Dload.url}), and its JMX connection for live heap after a
 * full GC and process CPU time.
 */
final class AppUnderTest implements AutoCloseable {

    private final String url;
    private final Process process;
    private JMXConnector jmx;
    private MemoryMXBean memory;
    private com.sun.management.OperatingSystemMXBean os;

    private AppUnderTest(String url, Process process) {
        this.url = url;
        this.process = process;
    }

    /** Starts {@code jar} with the Spring profile, waits until {@code /login} answers; JMX on another free port. */
    static AppUnderTest start(Path jar, String profile, List<String> jvmArgs) throws IOException, InterruptedException {
        int port = freePort();
        int jmxPort = freePort();
        Path dir = jar.toAbsolutePath().getParent().resolve("load");
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("db.")).toList()) {
                Files.delete(p);
            }
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dcom.sun.management.jmxremote.port=" + jmxPort, "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
                "-Dcom.sun.management.jmxremote.host=127.0.0.1", "-Djava.rmi.server.hostname=127.0.0.1"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--spring.profiles.active=" + profile,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile()).start();
        AppUnderTest app = new AppUnderTest("http://127.0.0.1:" + port, process);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        long started = System.nanoTime();
        app.awaitLoginPage(Duration.ofMinutes(5));
        if (profile.contains("loaddata")) {
            awaitDataSet(process, dir.resolve("app.log"), Duration.ofMinutes(5));
        }
        System.out.printf("load: app pid %d on %s (profile %s) answers after %.1f s; log in %s%n", process.pid(), app.url,
                profile, (System.nanoTime() - started) / 1e9, dir.resolve("app.log"));
        app.connect("127.0.0.1:" + jmxPort);
        return app;
    }

    /**
     * The data set is made after the app answers (cohort by cohort, after the users): a step started before it is
     * done finds users without a case yet (it did: at 500 sessions half the users "saw no case"). Waits for
     * {@code demo.LoadData}'s line saying it is done.
     */
    private static void awaitDataSet(Process process, Path log, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the app stopped while making the data set: see " + log);
            }
            if (Files.readString(log).contains("Load data: ")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException("the data set was not made within " + timeout + ": see " + log);
    }

    /** An app already running (e.g. behind HAProxy); heap and CPU figures only when its JMX address is given. */
    static AppUnderTest running(String url, String jmxAddress) throws IOException {
        AppUnderTest app = new AppUnderTest(url.replaceAll("/+$", ""), null);
        if (!jmxAddress.isBlank()) {
            app.connect(jmxAddress);
        }
        return app;
    }

    String url() {
        return url;
    }

    boolean measures() {
        return memory != null;
    }

    /** Live heap in bytes: used heap after two full GCs (System.gc through JMX), -1 without JMX. */
    long liveHeap() throws InterruptedException {
        if (memory == null) {
            return -1;
        }
        memory.gc();
        Thread.sleep(200);
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Live objects by class (a full GC first), through the DiagnosticCommand MBean; null without JMX. */
    Histogram histogram() throws IOException {
        if (jmx == null) {
            return null;
        }
        try {
            Object dump = jmx.getMBeanServerConnection().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return Histogram.parse((String) dump);
        } catch (JMException e) {
            throw new IOException("no class histogram through JMX: " + e.getMessage(), e);
        }
    }

    /** The process's CPU time in nanoseconds, -1 without JMX. */
    long cpuNanos() {
        return os == null ? -1 : os.getProcessCpuTime();
    }

    private void connect(String hostPort) throws IOException {
        jmx = JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + hostPort + "/jmxrmi"));
        MBeanServerConnection connection = jmx.getMBeanServerConnection();
        memory = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        os = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME,
                com.sun.management.OperatingSystemMXBean.class);
    }

    private void awaitLoginPage(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IOException("the app stopped while starting, exit " + process.exitValue() + ": see target/load/app.log");
                }
                try {
                    var r = http.send(HttpRequest.newBuilder(URI.create(url + "/login")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
        }
        throw new IOException("the app did not answer /login within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        if (jmx != null) {
            jmx.close();
        }
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
