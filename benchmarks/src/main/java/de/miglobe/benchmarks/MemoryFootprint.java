package de.miglobe.benchmarks;

import com.dslplatform.json.DslJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.miglobe.benchmarks.plain.PlainBinders;
import de.miglobe.benchmarks.plain.PlainProgramme;
import de.miglobe.core.programme.Programme;
import java.io.IOException;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained memory per consultation of the MiGlobe model against the plain records, each read from
 * the same document, measured two ways:
 *
 * <ol>
 *   <li><b>object graph</b> (exact): JOL walks everything reachable from the value and adds up the
 *       shallow sizes of the distinct objects, so shared instances (enum constants, interned
 *       strings, one empty list) count once, as they do in the heap;
 *   <li><b>heap after GC</b> (a cross-check that needs no agent): the used heap after repeated
 *       {@code System.gc()} with the value held, minus the used heap without it; the median of
 *       several repetitions.
 * </ol>
 *
 * Both are divided by the number of consultations, so everything else in the programme (advisors,
 * municipalities, phases) is spread over them; the object graph is also reported for the
 * consultations list alone.
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar
 * de.miglobe.benchmarks.MemoryFootprint [consultations…]} (default 10000; JOL warns that it cannot
 * attach an agent and computes sizes from the field layout instead).
 */
public final class MemoryFootprint {

  private static final int REPETITIONS = 5;

  private MemoryFootprint() {}

  /**
   * Prints the table for each size given.
   *
   * @param args sizes in consultations; default {@code 10000}
   * @throws Exception if a document cannot be read
   */
  public static void main(String[] args) throws Exception {
    // Records' fields have no Unsafe offsets on JDK 16+; JOL then finds them by its own probing.
    System.setProperty("jol.magicFieldOffset", "true");
    int[] sizes =
        args.length == 0 ? new int[] {10_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    for (int size : sizes) {
      measure(size);
    }
  }

  private static void measure(int consultations) throws Exception {
    SampleProgramme sample = SampleProgramme.of(consultations);
    byte[] document = sample.document();
    ObjectMapper jackson = PlainBinders.jackson();
    DslJson<Object> dslJson = PlainBinders.dslJson();
    Callable<Object> model = () -> SampleProgramme.JSON.read(document, Programme.class);
    Callable<Object> jacksonRecords = () -> jackson.readValue(document, PlainProgramme.class);
    Callable<Object> dslRecords = () -> dslJson.deserialize(PlainProgramme.class, document, document.length);
    System.out.printf(
        Locale.ROOT,
        "%n%,d consultations, document %,d bytes%n%-26s %16s %16s %16s%n",
        consultations,
        document.length,
        "bytes per consultation",
        "object graph",
        "consultations",
        "heap after GC");
    double[] graph = new double[3];
    double[] heap = new double[3];
    String[] names = {"MiGlobe model", "records (jackson-databind)", "records (DSL-JSON)"};
    List<Callable<Object>> readers = List.of(model, jacksonRecords, dslRecords);
    for (int i = 0; i < readers.size(); i++) {
      Object value = readers.get(i).call();
      List<?> list =
          value instanceof Programme
              ? ((Programme) value).consultations()
              : ((PlainProgramme) value).consultations();
      graph[i] = (double) GraphLayout.parseInstance(value).totalSize() / consultations;
      double listOnly = (double) GraphLayout.parseInstance(list).totalSize() / consultations;
      value = null;
      list = null;
      heap[i] = heapAfterGc(readers.get(i)) / consultations;
      System.out.printf(Locale.ROOT, "%-26s %,16.0f %,16.0f %,16.0f%n", names[i], graph[i], listOnly, heap[i]);
    }
    System.out.printf(
        Locale.ROOT,
        "model ÷ jackson records: %.2f (object graph), %.2f (heap); model ÷ DSL-JSON records: %.2f, %.2f%n",
        graph[0] / graph[1],
        heap[0] / heap[1],
        graph[0] / graph[2],
        heap[0] / heap[2]);
    Object value = model.call();
    System.out.println("\nlargest classes of the model (JOL footprint, count / average / sum bytes):");
    printLargest(GraphLayout.parseInstance(value).toFootprint());
    value = jacksonRecords.call();
    System.out.println("\nlargest classes of the records (jackson-databind):");
    printLargest(GraphLayout.parseInstance(value).toFootprint());
  }

  /** Prints the 20 rows of a JOL footprint with the largest sums. */
  private static void printLargest(String footprint) {
    footprint
        .lines()
        .map(String::trim)
        .filter(line -> line.matches("\\d+\\s+\\d+\\s+\\d+\\s+\\S+"))
        .sorted(Comparator.comparingLong((String line) -> Long.parseLong(line.split("\\s+")[2])).reversed())
        .limit(20)
        .forEach(line -> System.out.println("  " + line));
  }

  /** Median over the repetitions of the used heap with the value minus without it. */
  private static double heapAfterGc(Callable<Object> reader) throws Exception {
    List<Long> retained = new ArrayList<>();
    for (int r = 0; r < REPETITIONS; r++) {
      long before = usedAfterGc();
      Object value = reader.call();
      long after = usedAfterGc();
      retained.add(after - before);
      Reference.reachabilityFence(value);
    }
    retained.sort(null);
    return retained.get(REPETITIONS / 2);
  }

  private static long usedAfterGc() throws IOException {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
