package org.clusteratlas.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.spreadsheet.internal.CsvTableReader;
import org.clusteratlas.spreadsheet.internal.XlsxTableReader;

/** Opens an uploaded table, whichever of the accepted formats it is in. */
public final class SpreadsheetFiles {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private SpreadsheetFiles() {}

  /**
   * Opens {@code file} and reads its header. The format comes from the content, not the name: a zip
   * is an XLSX workbook (also a macro-enabled one, whose macros are never run), an OLE2 compound
   * file is an Excel 97-2003 workbook or a password-protected one and is refused, anything else is
   * CSV text.
   *
   * @param file the uploaded file, e.g. where the upload was stored
   * @param originalName the name the uploader gave it, for messages
   * @param limits the sizes accepted and the worksheet preferred
   * @throws RuleViolation {@code file.empty}, {@code file.too-large}, {@code file.xls-unsupported},
   *     {@code file.xlsx-encrypted}, {@code file.xlsb-unsupported}, {@code file.xlsx-corrupt},
   *     {@code file.zip-bomb}, {@code file.encoding-unknown}, {@code file.csv-malformed}, {@code
   *     file.row-too-long}, {@code file.too-many-rows}
   */
  public static TableReader open(Path file, String originalName, SheetLimits limits) {
    String name =
        originalName == null || originalName.isBlank()
            ? String.valueOf(file.getFileName())
            : originalName.strip();
    long size;
    byte[] magic;
    try {
      size = Files.size(file);
      try (InputStream in = Files.newInputStream(file)) {
        magic = in.readNBytes(OLE2.length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size == 0) {
      throw new RuleViolation("file.empty", name);
    }
    if (size > limits.maxFileBytes()) {
      throw new RuleViolation("file.too-large", name, size, limits.maxFileBytes());
    }
    if (startsWith(magic, ZIP)) {
      return XlsxTableReader.open(file, name, limits);
    }
    if (startsWith(magic, OLE2)) {
      throw new RuleViolation(
          isEncryptedWorkbook(file) ? "file.xlsx-encrypted" : "file.xls-unsupported", name);
    }
    return CsvTableReader.open(file, name, limits, size);
  }

  /** Excel keeps a password-protected .xlsx inside an OLE2 file, next to its key. */
  private static boolean isEncryptedWorkbook(Path file) {
    try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
      return ole.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false; // unreadable as OLE2: refused as .xls all the same
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
