package alliancegraph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * A local Neo4j Community DBMS with Bolt, for development and CI (no Docker, no tarball).
 *
 * <p>Usage: {@code Neo4jServer [--home DIR] [--port N] [--pagecache-mb N] [--tx-memory-mb N]}; the
 * Python side sizes the page cache and the memory all transactions may hold together from the
 * machine (and the heap with -Xmx). Auth is off unless the
 * environment variable {@code NEO4J_PASSWORD} is set; then auth is on and the user named by
 * {@code NEO4J_USER} (default {@code neo4j}) is created or given that password at start. The
 * password is never printed.
 *
 * <p>Prints exactly one line to stdout, {@code alliancegraph-neo4j ready bolt://127.0.0.1:PORT}, once
 * Bolt accepts connections. SIGTERM runs a shutdown hook that shuts the DBMS down cleanly, so the
 * store lock and the port are released.
 */
public final class Neo4jServer {

    private static final String HOST = "127.0.0.1";
    private static final String SYSTEM_DB = "system";

    private Neo4jServer() {}

    public static void main(String[] args) {
        Path home = Path.of("neo4j-home");
        int port = 7687;
        long pagecacheMb = 256;
        long transactionMb = 0; // 0: Neo4j's default (70% of the heap)
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--home" -> home = Path.of(value(args, ++i, a));
                case "--port" -> port = parseInt(value(args, ++i, a), a);
                case "--pagecache-mb" -> pagecacheMb = parseInt(value(args, ++i, a), a);
                case "--tx-memory-mb" -> transactionMb = parseInt(value(args, ++i, a), a);
                case "-h", "--help" -> {
                    System.out.println(
                            "usage: Neo4jServer [--home DIR] [--port N] [--pagecache-mb N] [--tx-memory-mb N]");
                    return;
                }
                default -> fail("unknown argument: " + a);
            }
        }
        if (port < 1 || port > 65535) {
            fail("port out of range: " + port);
        }

        String password = System.getenv("NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();
        String user = System.getenv().getOrDefault("NEO4J_USER", "neo4j");
        if (user.isBlank()) {
            user = "neo4j";
        }

        if (portAnswers(port)) {
            fail("port " + port + " already in use by another process");
        }

        home = home.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            fail("cannot create home " + home + ": " + e.getMessage());
        }

        DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
            if (transactionMb > 0) {
                builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                        ByteUnit.mebiBytes(transactionMb));
            }
            dbms = builder
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt waits 5 s twice on shutdown by default; a local dev/CI server need not.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            fail("could not start Neo4j: " + rootMessage(e));
            return;
        }
        // Registered right after build so that a failure below still releases the store lock.
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(120_000)) {
                fail("database " + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + " did not become available");
            }
            if (auth) {
                setUpUser(dbms.database(SYSTEM_DB), user, password);
            }
            waitForBolt(port, 60_000);
        } catch (RuntimeException e) {
            fail("Neo4j started but setup failed: " + rootMessage(e));
        }

        System.err.println("alliancegraph-neo4j: home " + home + ", auth " + (auth ? "on (user " + user + ")" : "off"));
        System.out.println("alliancegraph-neo4j ready bolt://" + HOST + ":" + port);
        System.out.flush();

        // Park the main thread; SIGTERM/SIGINT run the shutdown hook and the JVM exits.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Makes the configured user log in with the given password: sets it when the user exists (a
     * no-op when it already is that password), creates the user otherwise. Runs at every start so
     * the environment stays the single source of truth. Tries ALTER first: each Cypher statement
     * on a cold JVM costs about two seconds, and the common case (user exists) needs only one.
     */
    private static void setUpUser(GraphDatabaseService system, String user, String password) {
        String quoted = "`" + user.replace("`", "``") + "`";
        Map<String, Object> params = Map.of("p", password);
        try {
            system.executeTransactionally(
                    "ALTER USER " + quoted + " SET PASSWORD $p CHANGE NOT REQUIRED", params);
        } catch (RuntimeException e) {
            String msg = rootMessage(e);
            String lower = msg.toLowerCase();
            if (lower.contains("old password and new password cannot be the same")) {
                // already this password
            } else if (lower.contains("does not exist")) {
                try {
                    system.executeTransactionally(
                            "CREATE USER " + quoted + " SET PASSWORD $p CHANGE NOT REQUIRED", params);
                } catch (RuntimeException e2) {
                    throw new IllegalStateException(
                            "could not create user " + user + ": " + rootMessage(e2), e2);
                }
            } else {
                // Neo4j's messages never contain the password itself.
                throw new IllegalStateException("could not set password for user " + user + ": " + msg, e);
            }
        }
        if (!user.equals("neo4j")) {
            // The built-in neo4j user keeps its well-known initial password until someone changes
            // it; with another configured user nobody will, so drop it while it is still untouched.
            boolean untouched = system.executeTransactionally(
                    "SHOW USERS YIELD user, passwordChangeRequired "
                            + "WHERE user = 'neo4j' AND passwordChangeRequired RETURN user",
                    Map.of(),
                    r -> r.hasNext());
            if (untouched) {
                system.executeTransactionally("DROP USER neo4j");
            }
        }
    }

    private static void waitForBolt(int port, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (portAnswers(port)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("Bolt did not accept connections on " + HOST + ":" + port);
    }

    private static boolean portAnswers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            fail(flag + " needs a value");
        }
        return args[i];
    }

    private static int parseInt(String s, String flag) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            fail(flag + " needs an integer, got " + s);
            return -1;
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage();
        return c.getClass().getSimpleName() + (m == null ? "" : ": " + m.replace('\n', ' '));
    }

    private static void fail(String message) {
        System.err.println("alliancegraph-neo4j error: " + message);
        System.err.flush();
        System.exit(1);
    }
}
