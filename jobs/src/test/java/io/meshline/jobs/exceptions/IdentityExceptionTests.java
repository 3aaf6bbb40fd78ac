package io.meshline.jobs.exceptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.core.exceptions.Severity;
import io.meshline.core.exceptions.TrackedException;
import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.reconcile.CsvRows;
import io.meshline.jobs.reconcile.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account the crosswalk does not map is an identity problem: each won, invoiced deal of it is an
 * {@code UNMAPPED_ACCOUNT} finding, and its exception waits in the identity-resolution queue.
 */
class IdentityExceptionTests {

	@TempDir
	Path home;

	@TempDir
	Path work;

	@Test
	void shouldQueueDealsOfAnUnmappedAccountForIdentityResolution() throws IOException {
		// given: the generic sample's crosswalk without account A-00001
		SampleSet set = SampleSet.GENERIC;
		Path crosswalk = this.work.resolve("crosswalk.csv");
		List<String> lines = Files.readAllLines(set.crosswalk(), StandardCharsets.UTF_8);
		Files.write(crosswalk, lines.stream().filter((line) -> !line.startsWith("A-00001,")).toList());
		Path out = this.work.resolve("out");

		// when
		CliRun run = CliRun.run(this.home, "reconcile", "--crm", set.crm().toString(), "--crm-format",
				set.crmFormat(), "--erp", set.erp().toString(), "--erp-format", set.erpFormat(), "--crosswalk",
				crosswalk.toString(), "--out", out.toString(), "--progress", "never");

		// then: D-000007 (won, invoiced, account A-00001) is unmapped; D-000025 was a customer mismatch
		assertThat(run.exitCode()).as(run.err()).isZero();
		List<String> unmapped = CsvRows.read(out.resolve("discrepancies.csv")).stream()
			.filter((row) -> row.get("finding").equals("UNMAPPED_ACCOUNT"))
			.map((row) -> row.get("crm_id") + " " + row.get("queue"))
			.toList();
		assertThat(unmapped).contains("D-000007 identity-resolution", "D-000025 identity-resolution");
		TrackedException exception = StoredExceptions.find(this.home, "UNMAPPED_ACCOUNT:D-000007");
		assertThat(exception.queue()).isEqualTo("identity-resolution");
		assertThat(exception.severity()).isEqualTo(Severity.SOFT);
	}

}
