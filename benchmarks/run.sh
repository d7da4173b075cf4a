#!/usr/bin/env bash
# Builds and runs the MiGlobe benchmark suite end to end (docs/performance.md).
#
#   benchmarks/run.sh            quick: 1 fork, 3 warm-ups and 5 measurements of 3 s (~30 min on 2 cores)
#   benchmarks/run.sh full       the annotations' settings: 2 forks, 5 warm-ups, 5 measurements (~1 h)
#   benchmarks/run.sh quick Read more JMH arguments after the mode, for example a benchmark filter
#
# Results: benchmarks/target/results/{memory.txt,jmh.txt,jmh.json,ratios.txt}.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-quick}"
[ "$#" -gt 0 ] && shift
case "$mode" in
  quick) jmh_args=(-f 1 -wi 3 -w 3s -i 5 -r 3s) ;;
  full) jmh_args=() ;;
  *) echo "usage: benchmarks/run.sh [quick|full] [JMH arguments...]" >&2; exit 2 ;;
esac

./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"

java -version 2>&1 | head -1 | tee "$out/machine.txt"
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"

java -Xms8g -Xmx8g -cp "$jar" de.miglobe.benchmarks.MemoryFootprint 10000 | tee "$out/memory.txt"
java -jar "$jar" "${jmh_args[@]}" -rf json -rff "$out/jmh.json" "$@" | tee "$out/jmh.txt"
java -cp "$jar" de.miglobe.benchmarks.ResultRatios "$out/jmh.json" | tee "$out/ratios.txt"
