/**
 * Month-end and revenue-at-risk reports: the data they are filled from (read from the Meshline
 * database with plain JDBC), the JasperReports templates ({@code src/main/jasperreports}, compiled
 * to {@code .jasper} by the build) and the writers of the PDF and HTML outputs.
 */
package io.meshline.reports;
