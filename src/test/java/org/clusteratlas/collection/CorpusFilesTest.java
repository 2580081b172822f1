package org.clusteratlas.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The bad-file corpus is complete, consistent and what its generator makes. */
class CorpusFilesTest {

  /**
   * Rules no corpus file shows, and where they are covered instead: their files would be huge. Keep
   * in step with the corpus's README.
   */
  static final Map<String, String> COVERED_ELSEWHERE =
      Map.of(
          "file.too-large",
          "needs a file above 256 MB; CsvReadingTest lowers the limit instead",
          "file.too-many-rows",
          "needs 2,000,001 data rows; CsvReadingTest and XlsxReadingTest lower the limit instead",
          "file.row-too-long",
          "needs a row over 1 MiB, which as xlsx is refused as a zip bomb first; CsvReadingTest",
          "file.unreadable",
          "a file the platform cannot read from its own disk; not a fault of the file's content");

  /**
   * A workbook cut off in its zip can only be compared byte for byte; it is stored, not deflated.
   */
  private static final Set<String> COMPARED_BYTE_FOR_BYTE = Set.of("file.xlsx-corrupt.xlsx");

  @Test
  void theCommittedBinaryFilesAreWhatTheGeneratorMakes() {
    Map<String, byte[]> generated = CorpusFiles.generated();
    assertThat(generated).hasSizeGreaterThanOrEqualTo(13);
    generated.forEach(
        (name, bytes) -> {
          byte[] committed = CorpusFiles.resource(name);
          if (name.equals("file.xlsx-encrypted.xlsx")) {
            // the key and salt are random: the workbooks inside must be the same
            assertThat(CorpusFiles.zipContents(CorpusFiles.decrypted(committed)))
                .as(name)
                .isEqualTo(CorpusFiles.zipContents(CorpusFiles.decrypted(bytes)))
                .isNotEmpty();
          } else if (isZip(bytes) && !COMPARED_BYTE_FOR_BYTE.contains(name)) {
            // deflated bytes may differ between zlib versions: the entries must be the same
            assertThat(CorpusFiles.zipContents(committed))
                .as(name)
                .isEqualTo(CorpusFiles.zipContents(bytes))
                .isNotEmpty();
          } else {
            assertThat(committed).as(name).isEqualTo(bytes);
          }
        });
  }

  @Test
  void theManifestCoversEveryRuleOfTheCatalogueButTheOnesCoveredElsewhere() {
    Set<String> shown =
        CorpusFiles.manifest().stream()
            .map(CorpusFiles.Entry::rule)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing =
        Arrays.stream(EditRule.values())
            .map(EditRule::id)
            .filter(id -> !shown.contains(id))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(missing).isEqualTo(new TreeSet<>(COVERED_ELSEWHERE.keySet()));
    COVERED_ELSEWHERE.forEach(
        (rule, reason) -> {
          assertThat(EditRule.byId(rule)).as(rule).isPresent();
          assertThat(reason).isNotBlank();
        });
  }

  @Test
  void everyFileOfTheCorpusHasOneManifestLineAndEveryLineAFile()
      throws IOException, URISyntaxException {
    Path dir =
        Path.of(CorpusFiles.class.getClassLoader().getResource(CorpusFiles.RESOURCES).toURI());
    Set<String> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("corpus.tsv") && !n.equals("README.md"))
              .filter(n -> !n.startsWith("."))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    var lines = CorpusFiles.manifest().stream().map(CorpusFiles.Entry::file).toList();

    assertThat(lines).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(lines)).isEqualTo(files);
    assertThat(files).containsAll(CorpusFiles.generated().keySet());
  }

  @Test
  void everyManifestLineIsConsistentWithItsRulesTierAndHasAMessageAndAReason() {
    for (CorpusFiles.Entry e : CorpusFiles.manifest()) {
      assertThat(e.why()).as("%s", e).isNotBlank();
      assertThat(e.row()).as("%s", e).isNotNegative();
      if (!e.namesAProblem()) {
        assertThat(e.status()).as("%s", e).isEqualTo(ImportStatus.APPLIED);
        assertThat(e.row()).as("%s", e).isZero();
        assertThat(e.column()).as("%s", e).isEmpty();
        continue;
      }
      if (e.row() == 0) {
        assertThat(e.column()).as("a whole-file problem names no column: %s", e).isEmpty();
      }
      // parsing faults of the file itself that the catalogue does not list are hard
      Tier tier =
          EditRule.byId(e.rule())
              .map(EditRule::tier)
              .orElseGet(
                  () -> {
                    assertThat(e.rule()).as("%s", e).startsWith("file.");
                    return Tier.HARD;
                  });
      ImportStatus expected =
          switch (tier) {
            case HARD -> ImportStatus.REFUSED;
            case VERIFY ->
                e.file().startsWith("good.")
                    ? ImportStatus.APPLIED
                    : ImportStatus.NEEDS_EXPLANATION;
            case QUASI_HARD -> ImportStatus.APPLIED;
          };
      assertThat(e.status()).as("%s", e).isEqualTo(expected);
      for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
        assertThat(new RuleViolation(e.rule(), "x").message(locale))
            .as("%s in %s", e.rule(), locale)
            .doesNotStartWith(e.rule() + ":");
      }
      if (!e.file().startsWith("good.")) {
        assertThat(e.file()).as("a bad file is named after its rule").startsWith(e.rule());
      }
    }
  }

  private static boolean isZip(byte[] bytes) {
    return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
  }
}
