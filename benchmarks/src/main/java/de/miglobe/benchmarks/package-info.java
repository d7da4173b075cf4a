/**
 * JMH benchmarks of MiGlobe against what a user would write without it, each with its baseline in
 * the same run: reading and writing programme documents ({@link
 * de.miglobe.benchmarks.ReadBenchmark}, {@link de.miglobe.benchmarks.WriteBenchmark}), whole-programme
 * rule validation ({@link de.miglobe.benchmarks.ValidationBenchmark}), one lifecycle operation on
 * the largest programme ({@link de.miglobe.benchmarks.LifecycleBenchmark}) and the retained memory
 * per consultation ({@link de.miglobe.benchmarks.MemoryFootprint}). Results and the command that
 * produces them: {@code docs/performance.md}.
 */
package de.miglobe.benchmarks;
