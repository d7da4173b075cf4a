package de.miglobe.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the ratios of a JMH result file ({@code -rf json}): each MiGlobe score divided by the
 * baselines' scores of the same benchmark class and size, measured in the same run, and the
 * scaling of validation from one size to the next. Each ratio is given twice: of the mean scores,
 * and of the best (lowest) measurement iteration of each, which is less disturbed by load from
 * other processes on a shared machine.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar de.miglobe.benchmarks.ResultRatios
 * benchmarks/target/results/jmh.json}
 */
public final class ResultRatios {

  private static final String BEST = "@best";

  private ResultRatios() {}

  /**
   * Prints the ratios.
   *
   * @param args the path of the JMH JSON result file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ResultRatios <jmh-result.json>");
    }
    JsonNode results = new ObjectMapper().readTree(new File(args[0]));
    // class -> size -> method -> score
    Map<String, Map<String, Map<String, Double>>> scores = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String benchmark = result.get("benchmark").asText();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
      type = type.substring(type.lastIndexOf('.') + 1);
      JsonNode params = result.get("params");
      String size = params == null || params.get("consultations") == null ? "-" : params.get("consultations").asText();
      scores
          .computeIfAbsent(type, t -> new LinkedHashMap<>())
          .computeIfAbsent(size, s -> new LinkedHashMap<>())
          .put(method, result.get("primaryMetric").get("score").asDouble());
      double best = Double.MAX_VALUE;
      for (JsonNode fork : result.get("primaryMetric").get("rawData")) {
        for (JsonNode iteration : fork) {
          best = Math.min(best, iteration.asDouble());
        }
      }
      scores
          .computeIfAbsent(type, t -> new LinkedHashMap<>())
          .computeIfAbsent(size, s -> new LinkedHashMap<>())
          .put(method + BEST, best);
    }
    for (String type : new String[] {"ReadBenchmark", "WriteBenchmark"}) {
      Map<String, Map<String, Double>> bySize = scores.getOrDefault(type, Map.of());
      for (Map.Entry<String, Map<String, Double>> size : bySize.entrySet()) {
        Map<String, Double> m = size.getValue();
        if (!m.containsKey("miglobe")) {
          continue;
        }
        for (String kind : new String[] {"", BEST}) {
          System.out.printf(
              Locale.ROOT,
              "%s %s consultations (%s): miglobe ÷ jackson records %s, ÷ DSL-JSON records %s%s%n",
              type,
              size.getKey(),
              kind.isEmpty() ? "means" : "best iterations",
              ratio(m.get("miglobe" + kind), m.get("jacksonRecords" + kind)),
              ratio(m.get("miglobe" + kind), m.get("dslJsonRecords" + kind)),
              m.containsKey("jacksonTokens") ? ", ÷ tokenizing " + ratio(m.get("miglobe" + kind), m.get("jacksonTokens" + kind)) : "");
        }
      }
    }
    Map<String, Map<String, Double>> validation = scores.getOrDefault("ValidationBenchmark", Map.of());
    for (String kind : new String[] {"", BEST}) {
      Double previous = null;
      String previousSize = null;
      for (Map.Entry<String, Map<String, Double>> size : validation.entrySet()) {
        Double score = size.getValue().get("validate" + kind);
        if (previous != null && score != null) {
          System.out.printf(
              Locale.ROOT,
              "ValidationBenchmark %s → %s consultations (%s): time × %s%n",
              previousSize,
              size.getKey(),
              kind.isEmpty() ? "means" : "best iterations",
              ratio(score, previous));
        }
        previous = score;
        previousSize = size.getKey();
      }
    }
  }

  private static String ratio(Double a, Double b) {
    return a == null || b == null ? "n/a" : String.format(Locale.ROOT, "%.2f", a / b);
  }
}
