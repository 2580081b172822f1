package org.clusteratlas.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.clusteratlas.shared.RuleViolation;

/**
 * Finds a text file's character encoding, or refuses the file: a wrong guess would store mojibake
 * that nobody notices until a report is published.
 *
 * <ol>
 *   <li>A byte-order mark names UTF-8, UTF-16LE or UTF-16BE.
 *   <li>Without one, NUL bytes at every other position in the first 4 KB are ASCII written in
 *       UTF-16, little- or big-endian by which positions.
 *   <li>Else the file is UTF-8 if all of it decodes as UTF-8.
 *   <li>Else it is GB18030 (of which GBK and GB2312 are subsets) if all of it decodes as GB18030
 *       and reads as Chinese text: every character is ASCII or one that GBK's two-byte codes stand
 *       for, other than private-use characters and Latin-1 letters (text in Windows-1252 or Latin-1
 *       decodes to those, or to rare characters); and at most a quarter of the non-ASCII characters
 *       lie outside GB2312, where the text of Windows-1252 files lands ("é" followed by a letter is
 *       a valid GBK code for a rare ideograph) and everyday Chinese hardly goes.
 *   <li>Else the encoding is unknown and the file is refused.
 * </ol>
 *
 * The whole file is decoded strictly (malformed input is an error, never a replacement character)
 * in a stream, before any row is read, so that a bad byte near the end refuses the file rather than
 * half of it being read.
 */
public final class TextEncodings {

  /** The encoding found and the length of the byte-order mark to skip. */
  public record Detected(Charset charset, int bomLength) {}

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final int SAMPLE = 4096;

  private TextEncodings() {}

  public static Detected detect(Path file, String name) {
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(SAMPLE);
      }
      Detected found = byBom(head, name);
      if (found == null) {
        found = byNulPattern(head);
      }
      if (found != null) {
        if (!decodesCleanly(file, found.bomLength(), found.charset(), false)) {
          throw unknown(name);
        }
        return found;
      }
      if (decodesCleanly(file, 0, StandardCharsets.UTF_8, false)) {
        return new Detected(StandardCharsets.UTF_8, 0);
      }
      if (decodesCleanly(file, 0, GB18030, true)) {
        return new Detected(GB18030, 0);
      }
      throw unknown(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RuleViolation unknown(String name) {
    return new RuleViolation("file.encoding-unknown", name);
  }

  private static Detected byBom(byte[] b, String name) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      // UTF-32: no spreadsheet writes it, and its mark would pass for UTF-16's
      throw unknown(name);
    }
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * UTF-16 without a mark: ASCII characters (the commas, digits and line breaks every CSV has) have
   * a zero high byte, at odd positions in little-endian, even ones in big-endian. An ideograph's
   * byte may be zero too (一 is 4E00), hence "mostly at one parity", not "only".
   */
  private static Detected byNulPattern(byte[] b) {
    int pairs = b.length / 2;
    int even = 0;
    int odd = 0;
    for (int i = 0; i < pairs * 2; i++) {
      if (b[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    int enough = Math.max(2, pairs / 8);
    if (odd >= enough && even * 4 < odd) {
      return new Detected(StandardCharsets.UTF_16LE, 0);
    }
    if (even >= enough && odd * 4 < even) {
      return new Detected(StandardCharsets.UTF_16BE, 0);
    }
    return null;
  }

  private static boolean decodesCleanly(Path file, int skip, Charset charset, boolean asChinese)
      throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    ChineseText chinese = new ChineseText();
    try (InputStream stream = Files.newInputStream(file)) {
      stream.skipNBytes(skip);
      boolean eof = false;
      while (true) {
        int n = stream.read(in.array(), in.position(), in.remaining());
        if (n < 0) {
          eof = true;
        } else {
          in.position(in.position() + n);
        }
        in.flip();
        while (true) {
          CoderResult result = decoder.decode(in, out, eof);
          if (result.isError() || !plausible(out, asChinese, chinese)) {
            return false;
          }
          if (result.isUnderflow()) {
            break;
          }
        }
        in.compact();
        if (eof) {
          CoderResult result = decoder.flush(out);
          return !result.isError()
              && plausible(out, asChinese, chinese)
              && (!asChinese || chinese.mostlyCommon());
        }
      }
    }
  }

  /** Checks and empties {@code out}. */
  private static boolean plausible(CharBuffer out, boolean asChinese, ChineseText chinese) {
    out.flip();
    try {
      while (out.hasRemaining()) {
        char c = out.get();
        // NUL is no character of a table: it is binary data, or the wrong encoding
        if (c == 0 || (asChinese && !chinese.accept(c))) {
          return false;
        }
      }
      return true;
    } finally {
      out.clear();
    }
  }

  /** Tallies what a GB18030 decoding produced. */
  private static final class ChineseText {
    private long nonAscii;
    private long outsideGb2312;

    boolean accept(char c) {
      if (c < 0x80) {
        return true;
      }
      if (!Gbk.PLAUSIBLE.get(c)) {
        return false;
      }
      nonAscii++;
      if (!Gbk.GB2312.get(c)) {
        outsideGb2312++;
      }
      return true;
    }

    boolean mostlyCommon() {
      return outsideGb2312 * 4 <= nonAscii;
    }
  }

  /** The characters GBK's two-byte codes decode to, worked out once from the JDK's GB18030. */
  private static final class Gbk {
    static final BitSet PLAUSIBLE = new BitSet(1 << 16);
    static final BitSet GB2312 = new BitSet(1 << 16);

    /** Latin-1 symbols that Chinese tables do use and only a GBK code would produce here. */
    private static final String LATIN1_SYMBOLS = "·×÷°±";

    static {
      CharsetDecoder decoder =
          GB18030
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.allocate(2);
      CharBuffer out = CharBuffer.allocate(4);
      for (int lead = 0x81; lead <= 0xFE; lead++) {
        for (int trail = 0x40; trail <= 0xFE; trail++) {
          if (trail == 0x7F) {
            continue;
          }
          in.clear();
          in.put((byte) lead).put((byte) trail).flip();
          out.clear();
          decoder.reset();
          if (decoder.decode(in, out, true).isError() || out.position() != 1) {
            continue;
          }
          char c = out.get(0);
          boolean privateUse = c >= 0xE000 && c <= 0xF8FF;
          boolean latin1 = c >= 0x80 && c <= 0xFF && LATIN1_SYMBOLS.indexOf(c) < 0;
          if (privateUse || latin1) {
            continue;
          }
          PLAUSIBLE.set(c);
          if (lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1) {
            GB2312.set(c);
          }
        }
      }
    }
  }
}
