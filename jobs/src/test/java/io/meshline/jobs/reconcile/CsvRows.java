package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads an output CSV into maps by column name, for assertions. */
public final class CsvRows {

	private CsvRows() {
	}

	public static List<Map<String, String>> read(Path file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader,
						CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord record : parser) {
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
		}
		return rows;
	}

	public static List<String> header(Path file) throws IOException {
		return List.of(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).split(",", -1));
	}

}
