/**
 * Revenue-at-risk and month-end reports. Thin until the reports work lands; it will hold the
 * JasperReports templates and the data they are filled from.
 */
package io.meshline.reports;
