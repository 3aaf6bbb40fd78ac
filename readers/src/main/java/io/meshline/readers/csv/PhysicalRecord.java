package io.meshline.readers.csv;

/**
 * One CSV record as it appears in the file, before field splitting.
 *
 * @param line the physical line the record starts on (1 = first line of the file)
 * @param text the record's text with its inner line breaks, without the final one
 * @param truncated whether the file ended inside a quoted field of this record
 */
record PhysicalRecord(long line, String text, boolean truncated) {
}
