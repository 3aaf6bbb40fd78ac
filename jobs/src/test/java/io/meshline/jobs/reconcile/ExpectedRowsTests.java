package io.meshline.jobs.reconcile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The size estimate behind the progress line: exact for a small export, close for a large one (its
 * first lines, with the shortest ids, make the estimate a little high).
 */
class ExpectedRowsTests {

	@TempDir
	Path dir;

	@Test
	void shouldCountTheDataLinesOfASmallExport() throws IOException {
		Path file = Files.writeString(this.dir.resolve("crm.csv"), "id,amount\n1,10.00\n2,20.00\n3,30.00\n");
		assertThat(ExpectedRows.dataLinesIn(file.toString())).isEqualTo(3);
	}

	@Test
	void shouldEstimateALargeExportWithinFivePercent() throws IOException {
		Path file = this.dir.resolve("erp.csv");
		long rows = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write("invoice_id,deal_ref,amount,currency\n");
			for (; rows < 400_000; rows++) {
				// Lines of varying length, as real exports have.
				out.write("INV-" + rows + ",D-" + (rows * 7919 % 1_000_003) + "," + (rows % 997) + ".50,EUR\n");
			}
		}
		assertThat(Files.size(file)).isGreaterThan(2L * ExpectedRows.SAMPLE_BYTES);
		assertThat((double) ExpectedRows.dataLinesIn(file.toString())).isCloseTo(rows, within(rows * 0.05));
	}

	@Test
	void shouldSayUnknownForAFileThatCannotBeRead() {
		assertThat(ExpectedRows.dataLinesIn(this.dir.resolve("missing.csv").toString())).isEqualTo(-1);
	}

}
