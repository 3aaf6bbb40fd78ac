package io.meshline.reports.monthend;

import java.time.LocalDateTime;

/**
 * What the month-end pack says about itself. Immutable.
 *
 * @param company the company name for the cover, or {@code null}
 * @param preparedBy the name for the sign-off block's "prepared by", or {@code null} to leave it blank
 * @param generated when the pack is made
 * @param version the Meshline version
 */
public record PackOptions(String company, String preparedBy, LocalDateTime generated, String version) {

}
