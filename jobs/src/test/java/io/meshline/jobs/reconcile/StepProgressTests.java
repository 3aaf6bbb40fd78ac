package io.meshline.jobs.reconcile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;

import static org.assertj.core.api.Assertions.assertThat;

class StepProgressTests {

	private static final long SECOND = 1_000_000_000L;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private final AtomicLong clock = new AtomicLong();

	@Test
	void shouldPrintRateShareAndTimeLeftAtMostOnceASecond() {
		// given
		StepProgress progress = progress(true);
		progress.start("classifyDealsStep", 1000);

		// when
		this.clock.set(SECOND / 2);
		progress.afterWrite(rows(100));
		this.clock.set(SECOND);
		progress.afterWrite(rows(150));
		this.clock.set(SECOND + SECOND / 2);
		progress.afterWrite(rows(50));

		// then
		assertThat(text()).isEqualTo("classifyDealsStep: 250 of about 1,000 rows (25%), 250 rows/s, about 3 s left\n");
	}

	@Test
	void shouldSayRowsAndRateWhenTheSizeIsUnknown() {
		// given
		StepProgress progress = progress(true);
		progress.start("classifyDealsStep", -1);

		// when
		this.clock.set(2 * SECOND);
		progress.afterWrite(rows(3000));

		// then
		assertThat(text()).isEqualTo("classifyDealsStep: 3,000 rows, 1,500 rows/s\n");
	}

	@Test
	void shouldCountPartsOfASecondPhaseWithTheTimeLeft() {
		// given: a step that read its rows, then classifies partitions from the 10th second on
		StepProgress progress = progress(true);
		progress.start("classifyDealsStep", 1000);
		this.clock.set(10 * SECOND);
		long phase = this.clock.get();

		// when
		this.clock.set(14 * SECOND);
		progress.parts("partitions classified", 4, 22, phase);
		this.clock.set(14 * SECOND + SECOND / 2);
		progress.parts("partitions classified", 5, 22, phase);

		// then: 4 parts in 4 s leave 18 parts, 18 s; the next call comes within the second
		assertThat(text()).isEqualTo("classifyDealsStep: 4 of 22 partitions classified (18%), about 18 s left\n");
	}

	@Test
	void shouldStayQuietWhenNotAsked() {
		// given
		StepProgress progress = progress(false);
		progress.start("loadCrmDealsStep", 1000);

		// when
		this.clock.set(5 * SECOND);
		progress.afterWrite(rows(500));

		// then
		assertThat(text()).isEmpty();
	}

	@Test
	void shouldFormatTimeLeftForPeople() {
		assertThat(TimeLeft.format(45)).isEqualTo("45 s");
		assertThat(TimeLeft.format(185)).isEqualTo("3 min 05 s");
		assertThat(TimeLeft.format(3720)).isEqualTo("1 h 02 min");
	}

	private StepProgress progress(boolean enabled) {
		return new StepProgress(new PrintStream(this.printed, true, StandardCharsets.UTF_8), enabled, this.clock::get);
	}

	private String text() {
		return this.printed.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
	}

	private static Chunk<Object> rows(int n) {
		return new Chunk<>(Collections.nCopies(n, new Object()));
	}

}
