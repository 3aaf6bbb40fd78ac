package io.meshline.readers.crosswalk;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.meshline.core.contract.ContractViolationException;

/**
 * Reads an identity crosswalk: a CSV with the columns {@code crm_account_id,erp_customer_id}, in any
 * order among others. The CRM side is the account id or, for exports that carry only a company
 * name, that name. A CRM key mapped twice to different customers is an error, since either choice
 * would hide a real mismatch. Stateless and thread-safe.
 */
public final class CrosswalkReader {

	public static final String CRM_COLUMN = "crm_account_id";

	public static final String ERP_COLUMN = "erp_customer_id";

	private CrosswalkReader() {
	}

	/**
	 * @return CRM account key to ERP customer
	 * @throws ContractViolationException when a column is missing or a key is mapped twice
	 */
	public static Map<String, String> read(Path file) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get();
		Map<String, String> crosswalk = new HashMap<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = withoutBom(parser.getHeaderMap());
			if (!header.containsKey(CRM_COLUMN) || !header.containsKey(ERP_COLUMN)) {
				throw new ContractViolationException("The crosswalk " + file + " must have the columns " + CRM_COLUMN
						+ " and " + ERP_COLUMN + "; found " + header.keySet() + ".");
			}
			for (CSVRecord record : parser) {
				String crm = value(record, header.get(CRM_COLUMN));
				String erp = value(record, header.get(ERP_COLUMN));
				if (crm.isEmpty() || erp.isEmpty()) {
					throw new ContractViolationException("line " + parser.getCurrentLineNumber() + " of " + file
							+ ": both " + CRM_COLUMN + " and " + ERP_COLUMN + " need a value.");
				}
				String before = crosswalk.putIfAbsent(crm, erp);
				if (before != null && !before.equals(erp)) {
					throw new ContractViolationException("line " + parser.getCurrentLineNumber() + " of " + file
							+ ": account " + crm + " is mapped to " + before + " and again to " + erp + ".");
				}
			}
		}
		return crosswalk;
	}

	private static Map<String, Integer> withoutBom(Map<String, Integer> header) {
		Map<String, Integer> clean = new HashMap<>();
		header.forEach((name, index) -> clean.put(name.replace("\uFEFF", "").trim(), index));
		return clean;
	}

	private static String value(CSVRecord record, int index) {
		return (index < record.size()) ? record.get(index).trim() : "";
	}

}
