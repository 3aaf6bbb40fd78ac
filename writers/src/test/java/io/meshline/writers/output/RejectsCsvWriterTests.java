package io.meshline.writers.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.meshline.core.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RejectsCsvWriterTests {

	@TempDir
	Path dir;

	@Test
	void shouldWriteRejectionsWithRawLineNeutralised() throws IOException {
		// given
		Path file = this.dir.resolve("rejects.csv");
		Rejection badAmount = new Rejection("sf-opps.csv", 118, "Amount", "Amount \"12,5O0.00\" is not a number.",
				"006Ec00000AieKFIAZ,,\"12,5O0.00\"", "006Ec00000AieKFIAZ");
		Rejection hostile = new Rejection("erp.csv", 7, null, "The row has 3 cells, the header 9.", "=1+2,@x,-cmd",
				null);

		// when
		try (RejectsCsvWriter writer = new RejectsCsvWriter(file)) {
			writer.write(badAmount);
			writer.write(hostile);
		}

		// then
		assertThat(Files.readString(file)).isEqualTo("file,line,column,reason,raw_line\r\n"
				+ "sf-opps.csv,118,Amount,\"Amount \"\"12,5O0.00\"\" is not a number.\",\"006Ec00000AieKFIAZ,,\"\"12,5O0.00\"\"\"\r\n"
				+ "erp.csv,7,,\"The row has 3 cells, the header 9.\",\"'=1+2,@x,-cmd\"\r\n");
	}

}
