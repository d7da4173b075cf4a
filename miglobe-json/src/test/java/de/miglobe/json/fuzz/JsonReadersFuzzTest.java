package de.miglobe.json.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the readers of every top-level document (programme, advisor, qualification
 * phase, certificate, municipality, consultation, organisation, programme event). The first byte
 * of an input picks the document type ({@link ReaderContract#DOCUMENTS}), the rest is the JSON text;
 * {@link ReaderContract} states what counts as a finding.
 *
 * <p>{@code ./mvnw test} replays the seed corpus in {@code JsonReadersFuzzTestInputs/<method>/}
 * (the golden files and every crash found so far); {@code JAZZER_FUZZ=1} runs a campaign of
 * {@code maxDuration} per target (docs/quality.md).
 */
class JsonReadersFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readDocument(byte[] input) {
    if (input.length > 0) {
      ReaderContract.readWithFacade(
          ReaderContract.documentOf(input), ReaderContract.textOf(input));
    }
  }

  @FuzzTest(maxDuration = "10m")
  void readDocumentWithMapper(byte[] input) {
    if (input.length > 0) {
      ReaderContract.readWithMapper(
          ReaderContract.documentOf(input), ReaderContract.textOf(input));
    }
  }
}
