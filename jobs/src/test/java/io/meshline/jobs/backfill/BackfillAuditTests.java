package io.meshline.jobs.backfill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a backfill leaves in the audit trail: its start, one event per staged chunk with the count
 * and a digest of the chunk's keys, and the promotion with a digest of all the batch's keys.
 */
class BackfillAuditTests {

	@TempDir
	Path root;

	@Test
	void shouldRecordEveryStagedChunkAndThePromotionWithDigestsOfTheirKeys() throws IOException, NoSuchAlgorithmException {
		// given
		BackfillFixture fixture = BackfillFixture.reconciled(this.root, 60);
		Path out = this.root.resolve("b1");
		long batch = BackfillFixture.batchOf(fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target",
				"netsuite-csv", "--chunk", "4", "--out", out.toString()));
		// when
		CliRun promote = fixture.cli("--actor", "bob", "promote", "--batch", Long.toString(batch));
		CliRun staged = fixture.cli("audit", "list", "--kind", "backfill.staged");
		CliRun promoted = fixture.cli("audit", "list", "--kind", "backfill.promoted");
		CliRun verify = fixture.cli("audit", "verify");
		// then
		assertThat(promote.exitCode()).as(promote.err()).isZero();
		List<String> planned = BackfillFixture.keys(out.resolve("plan.csv"), "write");
		List<String> chunks = staged.out().lines().filter((line) -> line.contains("backfill batch " + batch)).toList();
		assertThat(chunks).hasSize((planned.size() + 3) / 4);
		assertThat(chunks.get(0)).contains("4 invoices staged for ", "; keys sha256 " + digest(planned.subList(0, 4)));
		assertThat(promoted.out()).contains("  bob  backfill.promoted  backfill batch " + batch + "  gate passed; "
				+ planned.size() + " of " + planned.size() + " planned records added to ", "; keys sha256 "
				+ digest(planned));
		assertThat(verify.exitCode()).as(verify.err()).isZero();
		// besides the reconcile's start and its exceptions: the backfill's start, its chunks, the promotion
		long reconcileEvents = fixture.cli("audit", "list", "--limit", "100000").out().lines()
			.filter((line) -> line.contains("  exception.run  ") || line.contains("  run.started  reconcileJob"))
			.count();
		assertThat(verify.out()).contains("OK: " + (reconcileEvents + 1 + chunks.size() + 1) + " events, chain intact");
	}

	private static String digest(List<String> keys) throws NoSuchAlgorithmException {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		keys.stream().sorted().forEach((key) -> sha.update((key + "\n").getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(sha.digest());
	}

}
