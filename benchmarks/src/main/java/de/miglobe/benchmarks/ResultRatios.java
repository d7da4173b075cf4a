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
 * scaling of validation from one size to the next.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar de.miglobe.benchmarks.ResultRatios
 * benchmarks/target/results/jmh.json}
 */
public final class ResultRatios {

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
    }
    for (String type : new String[] {"ReadBenchmark", "WriteBenchmark"}) {
      Map<String, Map<String, Double>> bySize = scores.getOrDefault(type, Map.of());
      for (Map.Entry<String, Map<String, Double>> size : bySize.entrySet()) {
        Map<String, Double> m = size.getValue();
        Double miglobe = m.get("miglobe");
        if (miglobe == null) {
          continue;
        }
        System.out.printf(
            Locale.ROOT,
            "%s %s consultations: miglobe ÷ jackson records %s, ÷ DSL-JSON records %s%s%n",
            type,
            size.getKey(),
            ratio(miglobe, m.get("jacksonRecords")),
            ratio(miglobe, m.get("dslJsonRecords")),
            m.containsKey("jacksonTokens") ? ", ÷ tokenizing " + ratio(miglobe, m.get("jacksonTokens")) : "");
      }
    }
    Map<String, Map<String, Double>> validation = scores.getOrDefault("ValidationBenchmark", Map.of());
    Double previous = null;
    String previousSize = null;
    for (Map.Entry<String, Map<String, Double>> size : validation.entrySet()) {
      Double score = size.getValue().get("validate");
      if (previous != null && score != null) {
        System.out.printf(
            Locale.ROOT,
            "ValidationBenchmark %s → %s consultations: time × %s%n",
            previousSize,
            size.getKey(),
            ratio(score, previous));
      }
      previous = score;
      previousSize = size.getKey();
    }
  }

  private static String ratio(Double a, Double b) {
    return a == null || b == null ? "n/a" : String.format(Locale.ROOT, "%.2f", a / b);
  }
}
