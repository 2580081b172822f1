package org.clusteratlas.spreadsheet;

/**
 * How much of an uploaded file the reader accepts, and which worksheet it prefers.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 * @param maxRows the most data rows (below the header, blank rows not counted)
 * @param maxUncompressedBytes the most bytes a workbook may inflate to while it is read (the
 *     worksheet and the shared strings together, and any single part of the zip)
 * @param minInflateRatio the smallest ratio of compressed to uncompressed size a workbook's part
 *     may have; below it the part is a zip bomb (0 turns the check off)
 * @param preferredSheet the worksheet to read if the workbook has it, else the first is read; empty
 *     for "the first"
 */
public record SheetLimits(
    long maxFileBytes,
    long maxRows,
    long maxUncompressedBytes,
    double minInflateRatio,
    String preferredSheet) {

  public SheetLimits {
    if (maxFileBytes <= 0 || maxRows <= 0 || maxUncompressedBytes <= 0) {
      throw new IllegalArgumentException(
          "limits must be positive: "
              + maxFileBytes
              + ", "
              + maxRows
              + ", "
              + maxUncompressedBytes);
    }
    if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
      throw new IllegalArgumentException("minInflateRatio must be in [0, 1): " + minInflateRatio);
    }
    preferredSheet = preferredSheet == null ? "" : preferredSheet.strip();
  }

  /** 256 MB, 2,000,000 rows, 2 GB inflated, inflate ratio 0.01, the sheet named "数据". */
  public static SheetLimits defaults() {
    return new SheetLimits(256L << 20, 2_000_000, 2L << 30, 0.01, "数据");
  }

  public SheetLimits withMaxFileBytes(long bytes) {
    return new SheetLimits(bytes, maxRows, maxUncompressedBytes, minInflateRatio, preferredSheet);
  }

  public SheetLimits withMaxRows(long rows) {
    return new SheetLimits(
        maxFileBytes, rows, maxUncompressedBytes, minInflateRatio, preferredSheet);
  }

  public SheetLimits withMaxUncompressedBytes(long bytes) {
    return new SheetLimits(maxFileBytes, maxRows, bytes, minInflateRatio, preferredSheet);
  }

  public SheetLimits withMinInflateRatio(double ratio) {
    return new SheetLimits(maxFileBytes, maxRows, maxUncompressedBytes, ratio, preferredSheet);
  }

  public SheetLimits withPreferredSheet(String sheet) {
    return new SheetLimits(maxFileBytes, maxRows, maxUncompressedBytes, minInflateRatio, sheet);
  }
}
