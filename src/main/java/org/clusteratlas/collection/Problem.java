package org.clusteratlas.collection;

/**
 * One problem found in a file: where (sheet, the row number a spreadsheet shows with the header as
 * row 1, or 0 for the file as a whole, and the column's header), the raw value as written, the rule
 * of the catalogue, its tier and the message in the reader's language. A verify problem may carry
 * the row's explanation and whether it was accepted.
 */
public record Problem(
    String sheet,
    int row,
    String column,
    String value,
    String rule,
    Tier tier,
    String message,
    String explanation,
    boolean explained) {}
