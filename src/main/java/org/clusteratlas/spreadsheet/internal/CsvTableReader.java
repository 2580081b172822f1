package org.clusteratlas.spreadsheet.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.spreadsheet.SheetLimits;
import org.clusteratlas.spreadsheet.SheetNotice;
import org.clusteratlas.spreadsheet.SheetRow;
import org.clusteratlas.spreadsheet.TableReader;

/**
 * Reads a CSV file (RFC 4180: comma, double quotes around a cell with a comma, quote or line break)
 * in the encoding {@link TextEncodings} found. A file whose first line has tabs and no comma is
 * read as tab-separated. Empty lines count as rows, as they do when Excel opens the file, so that
 * row numbers are those the uploader sees; a record whose quoted cell spans lines counts once.
 */
public final class CsvTableReader implements TableReader {

  private static final int FIRST_LINE_CHARS = 1 << 16;

  private final String name;
  private final String encoding;
  private final long maxRows;
  private final long totalBytes;
  private final CountingInputStream counted;
  private final GuardedReader guarded;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private List<String> header;
  private int headerRow = 1;
  private long dataRows;

  private CsvTableReader(
      String name,
      String encoding,
      SheetLimits limits,
      long totalBytes,
      CountingInputStream counted,
      GuardedReader guarded,
      CSVParser parser) {
    this.name = name;
    this.encoding = encoding;
    this.maxRows = limits.maxRows();
    this.totalBytes = totalBytes;
    this.counted = counted;
    this.guarded = guarded;
    this.parser = parser;
    this.records = parser.iterator();
  }

  public static TableReader open(Path file, String name, SheetLimits limits, long size) {
    TextEncodings.Detected detected = TextEncodings.detect(file, name);
    char delimiter = delimiter(file, detected);
    InputStream in = null;
    try {
      in = Files.newInputStream(file);
      in.skipNBytes(detected.bomLength());
      CountingInputStream counted = new CountingInputStream(in, null);
      GuardedReader guarded =
          new GuardedReader(new InputStreamReader(counted, strict(detected)), Text.MAX_ROW_CHARS);
      CSVParser parser =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(delimiter)
              .setIgnoreEmptyLines(false)
              .get()
              .parse(guarded);
      CsvTableReader reader =
          new CsvTableReader(
              name, detected.charset().name(), limits, size, counted, guarded, parser);
      reader.readHeader();
      return reader;
    } catch (IOException e) {
      closeQuietly(in);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
  }

  private static CharsetDecoder strict(TextEncodings.Detected detected) {
    return detected
        .charset()
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Tab if the first line has tabs and no comma; comma otherwise. */
  private static char delimiter(Path file, TextEncodings.Detected detected) {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(detected.bomLength());
      Reader text = new InputStreamReader(in, strict(detected));
      boolean tab = false;
      for (int i = 0; i < FIRST_LINE_CHARS; i++) {
        int c = text.read();
        if (c < 0 || c == '\n' || c == '\r') {
          break;
        }
        if (c == ',') {
          return ',';
        }
        tab |= c == '\t';
      }
      return tab ? '\t' : ',';
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readHeader() {
    CSVRecord record;
    while ((record = nextRecord()) != null) {
      guarded.recordEnded();
      if (!Text.allBlank(record.values())) {
        header = Text.header(record.toList());
        headerRow = (int) Math.min(Integer.MAX_VALUE, record.getRecordNumber());
        return;
      }
    }
    throw new RuleViolation("file.empty", name);
  }

  @Override
  public SheetRow next() {
    CSVRecord record;
    while ((record = nextRecord()) != null) {
      guarded.recordEnded();
      String[] values = record.values();
      if (Text.allBlank(values)) {
        continue;
      }
      if (dataRows >= maxRows || record.getRecordNumber() > Integer.MAX_VALUE) {
        throw new RuleViolation("file.too-many-rows", name, maxRows);
      }
      dataRows++;
      return new SheetRow((int) record.getRecordNumber(), List.of(values));
    }
    return null;
  }

  private CSVRecord nextRecord() {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      throw refusal(e.getCause());
    }
  }

  private RuntimeException refusal(IOException e) {
    long row = parser.getRecordNumber() + 1;
    if (e instanceof CharacterCodingException) {
      return cause(TextEncodings.unknown(name), e);
    }
    if (e instanceof GuardedReader.TooLong) {
      return cause(new RuleViolation("file.row-too-long", name, row, Text.MAX_ROW_CHARS), e);
    }
    if (e instanceof ReadFailed) {
      return new UncheckedIOException(e);
    }
    // what is left is commons-csv's: a quote not closed, or text after a closing quote
    return cause(new RuleViolation("file.csv-malformed", name, row), e);
  }

  private static RuleViolation cause(RuleViolation violation, Throwable cause) {
    violation.initCause(cause);
    return violation;
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String encoding() {
    return encoding;
  }

  @Override
  public String sheetName() {
    return "";
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public int headerRow() {
    return headerRow;
  }

  @Override
  public long bytesRead() {
    return counted.count();
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public List<SheetNotice> notices() {
    return List.of();
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // the open already failed; that failure is the one to report
      }
    }
  }

  /** The file itself could not be read: a fault of the machine, not of the file's content. */
  static final class ReadFailed extends IOException {
    ReadFailed(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * Refuses a record that runs past a limit before it ends, marks record boundaries, and tells
   * failures of the file system apart from the parser's.
   */
  static final class GuardedReader extends FilterReader {

    static final class TooLong extends IOException {
      TooLong(long limit) {
        super("a record longer than " + limit + " characters");
      }
    }

    private final long limit;
    private long chars;
    private long recordStart;

    GuardedReader(Reader in, long limit) {
      super(in);
      this.limit = limit;
    }

    void recordEnded() {
      recordStart = chars;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
      int n;
      try {
        n = super.read(buffer, off, len);
      } catch (CharacterCodingException e) {
        throw e;
      } catch (IOException e) {
        throw new ReadFailed(e);
      }
      if (n > 0) {
        chars += n;
        // the parser reads ahead by its buffer, hence the slack
        if (chars - recordStart > limit + 65_536) {
          throw new TooLong(limit);
        }
      }
      return n;
    }
  }
}
