package org.clusteratlas.collection.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import org.clusteratlas.shared.ReportingPeriod;

/**
 * One period's reports during an import, in flat arrays indexed by {@code enterprise × indicator}
 * slot: what is stored (loaded once) and what the file says. Values are kept as hundredths
 * (numeric(16, 2) fits a long), so a million rows cost tens of megabytes, not hundreds.
 */
final class PeriodSlice {

  /** No report at all. */
  static final long NONE = Long.MIN_VALUE;

  /** A report whose value is blank (missing, which is not zero). */
  static final long BLANK = Long.MIN_VALUE + 1;

  static final byte INSERT = 1;
  static final byte REVISE = 2;
  static final byte UNCHANGED = 3;

  final ReportingPeriod period;
  private final int slots;
  long[] storedValue;
  long[] storedSame;
  long[] storedVersion;
  long[] fileValue;
  long[] fileSame;
  int[] fileRow;
  byte[] fileState;

  PeriodSlice(ReportingPeriod period, int slots) {
    this.period = period;
    this.slots = slots;
  }

  boolean storedLoaded() {
    return storedValue != null;
  }

  void initStored() {
    storedValue = filled(slots);
    storedSame = filled(slots);
    storedVersion = new long[slots];
    Arrays.fill(storedVersion, -1);
  }

  boolean hasFile() {
    return fileRow != null;
  }

  void initFile() {
    if (fileRow == null) {
      fileValue = filled(slots);
      fileSame = filled(slots);
      fileRow = new int[slots];
      fileState = new byte[slots];
    }
  }

  /** The value of the slot after the import: the file's if it has one, else the stored one. */
  long value(int slot) {
    if (fileRow != null && fileRow[slot] != 0) {
      return fileValue[slot];
    }
    return storedValue == null ? NONE : storedValue[slot];
  }

  private static long[] filled(int n) {
    long[] a = new long[n];
    Arrays.fill(a, NONE);
    return a;
  }

  static long cents(BigDecimal v) {
    return v == null ? BLANK : v.movePointRight(2).setScale(0).longValueExact();
  }

  /** The amount, or null for a blank or absent value. */
  static BigDecimal decimal(long cents) {
    return cents == NONE || cents == BLANK ? null : BigDecimal.valueOf(cents, 2);
  }

  static boolean present(long cents) {
    return cents != NONE && cents != BLANK;
  }
}
