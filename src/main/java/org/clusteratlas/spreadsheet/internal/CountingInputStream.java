package org.clusteratlas.spreadsheet.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it, for progress, and charges them to a budget shared with other
 * streams of the same file, for the limit on what a workbook may inflate to.
 */
public final class CountingInputStream extends FilterInputStream {

  /** Bytes that several streams may read in all. */
  public static final class Budget {
    private final long limit;
    private long spent;

    public Budget(long limit) {
      this.limit = limit;
    }

    void spend(long bytes) throws LimitExceeded {
      spent += bytes;
      if (spent > limit) {
        throw new LimitExceeded(limit);
      }
    }
  }

  /** The budget is spent: the file inflates to more than it may. */
  public static final class LimitExceeded extends IOException {
    LimitExceeded(long limit) {
      super("more than " + limit + " bytes inflated");
    }
  }

  private final Budget budget;
  private long count;

  public CountingInputStream(InputStream in, Budget budget) {
    super(in);
    this.budget = budget;
  }

  public long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      counted(skipped);
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void counted(long n) throws LimitExceeded {
    count += n;
    if (budget != null) {
      budget.spend(n);
    }
  }
}
