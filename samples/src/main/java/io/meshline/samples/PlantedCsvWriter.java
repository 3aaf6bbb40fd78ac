package io.meshline.samples;

import java.nio.file.Path;

import io.meshline.writers.csv.CsvFileWriter;
import io.meshline.writers.csv.SpreadsheetSafeCell;

/**
 * Writes {@code planted.csv}, the answer key of a generated set: one row per planted finding.
 * Not thread-safe.
 */
final class PlantedCsvWriter extends CsvFileWriter {

	static final String[] HEADER = { "finding", "crm_id", "erp_ids", "currency", "at_risk", "over_billed" };

	PlantedCsvWriter(Path file) {
		super(file, false, HEADER);
	}

	void write(PlantedFinding finding) {
		printRow(finding.fault().findingType().name(), SpreadsheetSafeCell.of(finding.crmId()),
				SpreadsheetSafeCell.of(String.join("|", finding.erpIds())), finding.currency(),
				amount(finding.atRisk(), finding.currency()), amount(finding.overBilled(), finding.currency()));
	}

}
