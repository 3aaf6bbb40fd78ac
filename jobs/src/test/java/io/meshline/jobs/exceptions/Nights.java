package io.meshline.jobs.exceptions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.meshline.jobs.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs reconciles of the exception fixtures as nightly runs at fixed times, in one data directory. */
final class Nights {

	static final Instant NIGHT_1 = Instant.parse("2026-11-03T02:00:00Z");

	static final Instant NIGHT_2 = Instant.parse("2026-11-04T03:00:00Z");

	static final Instant NIGHT_3 = Instant.parse("2026-11-05T03:00:00Z");

	static final Instant NIGHT_4 = Instant.parse("2026-11-06T03:00:00Z");

	private final Path home;

	private final Path work;

	private int runs;

	Nights(Path home, Path work) {
		this.home = home;
		this.work = work;
	}

	static Path fixture(String name) {
		return Path.of("src", "test", "resources", "exceptions", name).toAbsolutePath();
	}

	/** A reconcile at {@code now} of the fixture CRM file against {@code erp}, with extra options. */
	CliRun reconcile(Instant now, String erp, String... extra) {
		List<String> args = new ArrayList<>(List.of("reconcile", "--crm", fixture("crm.csv").toString(), "--erp",
				fixture(erp).toString(), "--erp-format", "generic-erp", "--out",
				this.work.resolve("run" + (++this.runs)).toString(), "--progress", "never"));
		if (!List.of(extra).contains("--crm-contract")) {
			args.addAll(List.of("--crm-format", "generic-crm"));
		}
		args.addAll(List.of(extra));
		CliRun run = at(now, args.toArray(String[]::new));
		assertThat(run.exitCode()).as(run.err()).isZero();
		return run;
	}

	/** Any command with the clock fixed at {@code now} (as {@code MESHLINE_NOW} would). */
	CliRun at(Instant now, String... args) {
		System.setProperty("meshline.now", now.toString());
		try {
			return CliRun.run(this.home, args);
		}
		finally {
			System.clearProperty("meshline.now");
		}
	}

}
