package org.clusteratlas.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.spreadsheet.SheetLimits;
import org.clusteratlas.spreadsheet.SheetNotice;
import org.clusteratlas.spreadsheet.SheetRow;
import org.clusteratlas.spreadsheet.TableReader;

/**
 * Reads one worksheet of an XLSX workbook as a stream of XML events, so that memory stays constant
 * whatever the number of rows (only the shared-strings table is held, as every cell may refer to
 * any of its strings).
 *
 * <p>Each cell's text is what the file holds, not what Excel would display: shared and inline
 * strings as written, a number as the digits of its {@code <v>} ({@code 9.13601E+17} stays so; the
 * caller decides what an exponent means), booleans {@code TRUE}/{@code FALSE}, an error its code
 * ({@code #DIV/0!}), a formula the value Excel saved with it. Nothing is evaluated, no macro runs,
 * no external link is opened. Rows and columns are those Excel shows, taken from the cells'
 * references; a gap is an empty cell.
 *
 * <p>Zip bombs are refused three ways: POI's check of each part's inflate ratio and size, and a
 * count of the bytes inflated from the shared strings and the worksheet together.
 */
public final class XlsxTableReader implements TableReader {

  /** Excel's last column, XFD. */
  private static final int MAX_COLUMNS = 16_384;

  private static final int MAX_ROW = 1_048_576;
  private static final String WORKSHEET_TYPE = "worksheet+xml";
  private static final String VBA_PROJECT_TYPE = "application/vnd.ms-office.vbaProject";
  private static final String EXTERNAL_LINK_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";

  /** POI's zip limits are JVM-wide; setting them is serialised, and each open sets its own. */
  private static final Object ZIP_SETTINGS = new Object();

  private final String name;
  private final String sheetName;
  private final long maxRows;
  private final List<SheetNotice> notices;
  private final OPCPackage workbook;
  private final List<String> strings;
  private final CountingInputStream sheetBytes;
  private final long totalBytes;
  private final XMLStreamReader xml;

  private final List<String> cells = new ArrayList<>();
  private final BitSet formulas = new BitSet();
  private int rowNumber;
  private int rowChars;
  private List<String> header;
  private int headerRow = 1;
  private long dataRows;
  private boolean ended;
  private boolean closed;

  private XlsxTableReader(
      String name,
      String sheetName,
      SheetLimits limits,
      List<SheetNotice> notices,
      OPCPackage workbook,
      List<String> strings,
      CountingInputStream sheetBytes,
      long totalBytes,
      XMLStreamReader xml) {
    this.name = name;
    this.sheetName = sheetName;
    this.maxRows = limits.maxRows();
    this.notices = List.copyOf(notices);
    this.workbook = workbook;
    this.strings = strings;
    this.sheetBytes = sheetBytes;
    this.totalBytes = totalBytes;
    this.xml = xml;
  }

  public static TableReader open(Path file, String name, SheetLimits limits) {
    synchronized (ZIP_SETTINGS) {
      ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
      // POI takes at most 4 GB here; the count below applies the rest of a larger limit
      ZipSecureFile.setMaxEntrySize(Math.min(limits.maxUncompressedBytes(), 0xFFFF_FFFFL));
    }
    OPCPackage pkg = null;
    InputStream sheetStream = null;
    try {
      pkg = openPackage(file);
      List<SheetNotice> notices = new ArrayList<>();
      PackagePart workbookPart = workbookPart(pkg, name);
      if (workbookPart.getContentType().contains("macroEnabled")
          || !pkg.getPartsByContentType(VBA_PROJECT_TYPE).isEmpty()) {
        notices.add(new SheetNotice("file.macros-ignored", List.of(name)));
      }
      if (!pkg.getPartsByContentType(EXTERNAL_LINK_TYPE).isEmpty()) {
        notices.add(new SheetNotice("file.external-links-ignored", List.of(name)));
      }
      Sheet sheet = chooseSheet(new XSSFReader(pkg, true), limits.preferredSheet(), name);
      if (sheet.substituted()) {
        notices.add(
            new SheetNotice(
                "file.sheet-substituted", List.of(name, limits.preferredSheet(), sheet.name())));
      }
      CountingInputStream.Budget budget =
          new CountingInputStream.Budget(limits.maxUncompressedBytes());
      XMLInputFactory factory = xmlInputFactory();
      List<String> strings = sharedStrings(factory, workbookPart, budget, name);
      sheetStream = sheet.part().getInputStream();
      CountingInputStream counted = new CountingInputStream(sheetStream, budget);
      XMLStreamReader xml = factory.createXMLStreamReader(counted);
      XlsxTableReader reader =
          new XlsxTableReader(
              name,
              sheet.name(),
              limits,
              notices,
              pkg,
              strings,
              counted,
              sheet.part().getSize(),
              xml);
      reader.readHeader();
      return reader;
    } catch (RuleViolation e) {
      release(pkg, sheetStream);
      throw e;
    } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
      // the file is untrusted: whatever POI or the XML parser trips over is the file's fault
      release(pkg, sheetStream);
      throw failure(name, e);
    }
  }

  /**
   * Opens the package for reading. Like {@code OPCPackage.open(file, PackageAccess.READ)}, but a
   * zip whose central directory is damaged is refused: POI would fall back to reading every entry
   * of the stream into memory.
   */
  private static OPCPackage openPackage(Path file) throws IOException, InvalidFormatException {
    ZipSecureFile zip = new ZipSecureFile(file.toFile());
    try {
      return OPCPackage.open(new ZipFileZipEntrySource(zip));
    } catch (InvalidFormatException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private record Sheet(PackagePart part, String name, boolean substituted) {}

  private static PackagePart workbookPart(OPCPackage pkg, String name) throws OpenXML4JException {
    PackageRelationshipCollection core =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (core.isEmpty()) {
      core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    PackagePart part = core.isEmpty() ? null : pkg.getPart(core.getRelationship(0));
    if (part == null) {
      throw new RuleViolation("file.xlsx-corrupt", name);
    }
    String type = part.getContentType();
    if (type.contains("binary")) {
      throw new RuleViolation("file.xlsb-unsupported", name);
    }
    if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
      // a Word document or a presentation: a package, but no workbook
      throw new RuleViolation("file.xlsx-corrupt", name);
    }
    return part;
  }

  private static Sheet chooseSheet(XSSFReader reader, String preferred, String name)
      throws IOException, OpenXML4JException {
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    PackagePart first = null;
    String firstName = null;
    int worksheets = 0;
    while (sheets.hasNext()) {
      sheets.next().close();
      PackagePart part = sheets.getSheetPart();
      if (!part.getContentType().endsWith(WORKSHEET_TYPE)) {
        continue; // a chart sheet or dialog sheet has no cells
      }
      worksheets++;
      String sheetName = sheets.getSheetName();
      if (!preferred.isEmpty() && preferred.equals(Text.strip(sheetName))) {
        return new Sheet(part, sheetName, false);
      }
      if (first == null) {
        first = part;
        firstName = sheetName;
      }
    }
    if (first == null) {
      throw new RuleViolation("file.empty", name);
    }
    return new Sheet(first, firstName, !preferred.isEmpty() && worksheets > 1);
  }

  /** The shared strings in order; plain text, as building POI's rich text per cell is slow. */
  private static List<String> sharedStrings(
      XMLInputFactory factory,
      PackagePart workbookPart,
      CountingInputStream.Budget budget,
      String name)
      throws OpenXML4JException, IOException, XMLStreamException {
    PackagePart part = null;
    for (PackageRelationship rel : workbookPart.getRelationships()) {
      // transitional and strict OOXML name the relation differently; both end so
      if (rel.getRelationshipType().endsWith("/sharedStrings")) {
        part = workbookPart.getRelatedPart(rel);
        break;
      }
    }
    List<String> strings = new ArrayList<>();
    if (part == null) {
      return strings;
    }
    try (InputStream in = new CountingInputStream(part.getInputStream(), budget)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
            StringBuilder text = new StringBuilder();
            if (!richText(xml, text, Text.MAX_ROW_CHARS)) {
              // Excel holds at most 32,767 characters in a cell
              throw new RuleViolation("file.xlsx-corrupt", name);
            }
            strings.add(text.toString());
          }
        }
      } finally {
        xml.close();
      }
    }
    return strings;
  }

  private void readHeader() throws XMLStreamException {
    if (!toSheetData()) {
      throw new RuleViolation("file.empty", name);
    }
    while (nextRow()) {
      if (!Text.allBlank(cells)) {
        header = Text.header(cells);
        headerRow = rowNumber;
        return;
      }
    }
    throw new RuleViolation("file.empty", name);
  }

  private boolean toSheetData() throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT
          && "sheetData".equals(xml.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public SheetRow next() {
    try {
      while (nextRow()) {
        if (Text.allBlank(cells)) {
          continue;
        }
        if (dataRows >= maxRows) {
          throw new RuleViolation("file.too-many-rows", name, maxRows);
        }
        dataRows++;
        return new SheetRow(rowNumber, cells, formulas);
      }
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof RuleViolation violation) {
        throw violation;
      }
      throw failure(name, e);
    }
  }

  /** Reads the next {@code <row>} into the fields; false at the end of the sheet data. */
  private boolean nextRow() throws XMLStreamException {
    while (!ended && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
        readRow();
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
        ended = true;
      }
    }
    ended = true;
    return false;
  }

  private void readRow() throws XMLStreamException {
    String r = xml.getAttributeValue(null, "r");
    rowNumber = r == null ? rowNumber + 1 : number(r, 1, MAX_ROW);
    cells.clear();
    formulas.clear();
    rowChars = 0;
    int column = -1;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if ("c".equals(xml.getLocalName())) {
          String ref = xml.getAttributeValue(null, "r");
          column = ref == null ? column + 1 : column(ref);
          readCell(column);
        } else {
          skip(xml); // row extensions carry no values
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw corrupt();
      }
    }
  }

  private void readCell(int column) throws XMLStreamException {
    String type = xml.getAttributeValue(null, "t");
    boolean formula = false;
    String value = null;
    StringBuilder inline = null;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "f" -> {
            formula = true;
            skip(xml);
          }
          case "v" -> value = text();
          case "is" -> {
            inline = new StringBuilder();
            if (!richText(xml, inline, Text.MAX_ROW_CHARS - rowChars)) {
              countChars(Text.MAX_ROW_CHARS + 1);
            }
            countChars(inline.length());
          }
          default -> skip(xml);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw corrupt();
      }
    }
    String text = cellText(type, value, inline);
    while (cells.size() <= column) {
      cells.add("");
    }
    cells.set(column, text);
    if (formula) {
      formulas.set(column);
    }
  }

  private String cellText(String type, String value, StringBuilder inline) {
    if (type == null) {
      return value == null ? "" : value;
    }
    switch (type) {
      case "s":
        if (value == null) {
          return "";
        }
        int index = number(value.strip(), 0, Integer.MAX_VALUE);
        if (index >= strings.size()) {
          throw corrupt();
        }
        String shared = strings.get(index);
        countChars(shared.length());
        return shared;
      case "inlineStr":
        return inline != null ? inline.toString() : value == null ? "" : value;
      case "b":
        return "1".equals(value)
            ? "TRUE"
            : "0".equals(value) ? "FALSE" : value == null ? "" : value;
      default:
        return value == null ? "" : value;
    }
  }

  /** The text of the current element, which holds no elements. */
  private String text() throws XMLStreamException {
    String first = null;
    StringBuilder more = null;
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS,
            XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE -> {
          String chunk = xml.getText();
          countChars(chunk.length());
          if (first == null) {
            first = chunk;
          } else {
            if (more == null) {
              more = new StringBuilder(first);
            }
            more.append(chunk);
          }
        }
        case XMLStreamConstants.START_ELEMENT -> skip(xml);
        case XMLStreamConstants.END_ELEMENT -> {
          return more != null ? more.toString() : first == null ? "" : first;
        }
        case XMLStreamConstants.END_DOCUMENT -> throw corrupt();
        default -> {
          // comments and processing instructions hold no cell text
        }
      }
    }
  }

  /**
   * Appends the text of the current rich-text element ({@code <si>} or {@code <is>}): its {@code
   * <t>} elements, directly or in runs, but not the phonetic guides of {@code <rPh>}. Stops and
   * returns false as soon as {@code out} would pass {@code limit} characters.
   */
  private static boolean richText(XMLStreamReader xml, StringBuilder out, int limit)
      throws XMLStreamException {
    int depth = 0;
    boolean inText = false;
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          String local = xml.getLocalName();
          if ("rPh".equals(local) || "phoneticPr".equals(local) || "rPr".equals(local)) {
            skip(xml);
          } else {
            depth++;
            inText = "t".equals(local);
          }
        }
        case XMLStreamConstants.CHARACTERS,
            XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE -> {
          if (inText) {
            if (out.length() + xml.getTextLength() > limit) {
              return false;
            }
            out.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == 0) {
            return true;
          }
          depth--;
          inText = false;
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw new XMLStreamException("the document ends inside a string");
        default -> {
          // comments and processing instructions hold no cell text
        }
      }
    }
  }

  private void countChars(int n) {
    rowChars += n;
    if (rowChars > Text.MAX_ROW_CHARS) {
      throw new RuleViolation("file.row-too-long", name, rowNumber, Text.MAX_ROW_CHARS);
    }
  }

  /** Skips the current element with everything in it. */
  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("the document ends inside an element");
      }
    }
  }

  /** The column (from 0) of a reference such as {@code AB12}. */
  private int column(String ref) {
    int column = 0;
    int i = 0;
    while (i < ref.length()) {
      char c = ref.charAt(i);
      int letter = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' : -1;
      if (letter < 0) {
        break;
      }
      column = column * 26 + letter + 1;
      if (column > MAX_COLUMNS) {
        throw corrupt();
      }
      i++;
    }
    if (i == 0) {
      throw corrupt();
    }
    return column - 1;
  }

  private int number(String digits, int min, int max) {
    int n;
    try {
      n = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw corrupt();
    }
    if (n < min || n > max) {
      throw corrupt();
    }
    return n;
  }

  private RuleViolation corrupt() {
    return new RuleViolation("file.xlsx-corrupt", name);
  }

  /**
   * A zip bomb if POI's guard or the count of inflated bytes stopped the reading, anything else a
   * damaged workbook. POI marks its guard's exceptions by their message only.
   */
  static RuleViolation failure(String name, Throwable e) {
    boolean bomb = false;
    int depth = 0;
    for (Throwable t = e; t != null && !bomb && depth < 20; t = causeOf(t), depth++) {
      String message = t.getMessage();
      bomb =
          t instanceof CountingInputStream.LimitExceeded
              || (message != null
                  && (message.contains("Zip bomb detected")
                      || message.contains("potentially malicious")));
    }
    RuleViolation violation =
        bomb
            ? new RuleViolation("file.zip-bomb", name)
            : new RuleViolation("file.xlsx-corrupt", name);
    violation.initCause(e);
    return violation;
  }

  /** The JDK's XMLStreamException keeps what it wraps as its "nested" exception, not its cause. */
  private static Throwable causeOf(Throwable t) {
    if (t instanceof XMLStreamException x && x.getNestedException() != null) {
      return x.getNestedException();
    }
    return t.getCause();
  }

  private static void release(OPCPackage pkg, InputStream stream) {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException e) {
        // the open already failed; that failure is the one to report
      }
    }
    if (pkg != null) {
      pkg.revert(); // a package opened for reading is released without saving
    }
  }

  /** One factory per workbook: the JDK does not promise that a shared one is thread-safe. */
  private static XMLInputFactory xmlInputFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    // no DTD, no external entity: the file is untrusted (XXE, billion laughs)
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public String encoding() {
    return "xlsx";
  }

  @Override
  public String sheetName() {
    return sheetName;
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
    return sheetBytes.count();
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public List<SheetNotice> notices() {
    return notices;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      xml.close();
      sheetBytes.close();
    } catch (XMLStreamException | IOException e) {
      throw new UncheckedIOException(new IOException(e));
    } finally {
      workbook.revert();
    }
  }
}
