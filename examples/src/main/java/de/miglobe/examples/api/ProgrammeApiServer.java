package de.miglobe.examples.api;

import com.sun.net.httpserver.HttpServer;
import de.miglobe.core.programme.Programme;
import de.miglobe.testkit.SalachStory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The example JSON HTTP API on the JDK's built-in HTTP server: serves a programme and its
 * documents, accepts consultation requests and lifecycle operations, and serves the JSON Schemas.
 * The endpoints are listed in the {@linkplain de.miglobe.examples.api package documentation}.
 *
 * <p>Start it with
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am compile exec:java \
 *     -Dexec.mainClass=de.miglobe.examples.api.ProgrammeApiServer -Dexec.args=8080
 * </pre>
 *
 * <p>It listens on the loopback address only, unless another address is given, and holds the data
 * in memory: a restart starts again from the sample programme.
 */
public final class ProgrammeApiServer {

  /** The port used when none is given. */
  public static final int DEFAULT_PORT = 8080;

  private final HttpServer server;
  private final ExecutorService executor;
  private final ProgrammeApi api;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private ProgrammeApiServer(HttpServer server, ExecutorService executor, ProgrammeApi api) {
    this.server = server;
    this.executor = executor;
    this.api = api;
  }

  /**
   * Starts the API on an address.
   *
   * @param address where to listen; not null; port 0 picks a free port (see {@link #port()})
   * @param programme the programme served at first; not null
   * @return the running server
   * @throws IOException if the address cannot be bound (the port is taken, for example)
   */
  public static ProgrammeApiServer start(InetSocketAddress address, Programme programme)
      throws IOException {
    Objects.requireNonNull(address, "address");
    ProgrammeApi api = new ProgrammeApi(programme);
    HttpServer server = HttpServer.create(address, 0);
    // A small fixed pool: requests run in parallel; changes to the programme are serialised.
    ExecutorService executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", api);
    server.start();
    return new ProgrammeApiServer(server, executor, api);
  }

  /**
   * Starts the API with the sample programme ({@link SalachStory#programme()}) and stops it when
   * the JVM stops (Ctrl+C).
   *
   * @param args optionally the port (0–65535, default {@value #DEFAULT_PORT}; 0 picks a free port)
   *     and then the address to listen on (default: the loopback address). Listening on another
   *     address exposes the API, which has no authentication, to the network: do it knowingly.
   * @throws IOException if the address cannot be bound
   * @throws IllegalArgumentException if the port is not a number from 0 to 65535
   */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? port(args[0]) : DEFAULT_PORT;
    InetAddress host =
        args.length > 1 ? InetAddress.getByName(args[1]) : InetAddress.getLoopbackAddress();
    ProgrammeApiServer server = start(new InetSocketAddress(host, port), SalachStory.programme());
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "miglobe-api-stop"));
    System.out.println("MiGlobe example API on " + server.uri() + " (Ctrl+C stops it)");
    System.out.println("  try: curl " + server.uri().resolve("/consultations/con-salach-2018"));
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("port must be a number from 0 to 65535, was " + text);
  }

  /** @return the port listened on (the one picked if 0 was asked for) */
  public int port() {
    return server.getAddress().getPort();
  }

  /** @return the address listened on */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** @return the base URI, for example {@code http://127.0.0.1:8080/} */
  public URI uri() {
    String host = server.getAddress().getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]"; // an IPv6 literal
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** @return the programme as it stands after the operations accepted so far */
  public Programme programme() {
    return api.programme();
  }

  /**
   * Stops listening, lets requests in flight finish (at most one second) and ends the worker
   * threads. Calling it again does nothing.
   */
  public void stop() {
    stop(Duration.ofSeconds(1));
  }

  /**
   * Stops listening, lets requests in flight finish within the grace period and ends the worker
   * threads. Calling it again does nothing. (On JDK 17 the built-in server waits out the whole
   * grace period, so tests stop with {@link Duration#ZERO}.)
   *
   * @param grace how long requests in flight may take to finish; not null, not negative, at most
   *     one minute
   * @throws IllegalArgumentException if {@code grace} is negative or longer than a minute
   */
  public void stop(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative() || grace.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("grace must be from 0 to 60 seconds, was " + grace);
    }
    if (stopped.getAndSet(true)) {
      return;
    }
    server.stop((int) grace.toSeconds());
    executor.shutdown();
    try {
      if (!executor.awaitTermination(grace.toMillis() + 100, TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
