package io.meshline.jobs.backfill;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.TransientDataAccessResourceException;



import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TargetGuardTests {

	private final List<Long> sleeps = new ArrayList<>();

	private final TargetGuard guard = new TargetGuard("ERP_INVOICE_IMPORT at jdbc:test", 4, 100, 250,
			this.sleeps::add);

	@Test
	void shouldRetryTransientFailuresWithGrowingCappedDelays() {
		// given
		AtomicInteger calls = new AtomicInteger();

		// when
		this.guard.call(() -> {
			if (calls.incrementAndGet() <= 3) {
				throw new TransientDataAccessResourceException("lock timeout");
			}
		});

		// then
		assertThat(calls).hasValue(4);
		assertThat(this.sleeps).containsExactly(100L, 200L, 250L);
		assertThat(this.guard.consecutiveFailures()).isZero();
	}

	@Test
	void shouldOpenTheCircuitAfterConsecutiveFailuresAcrossCalls() {
		// given
		this.guard.call(() -> {
		});
		AtomicInteger calls = new AtomicInteger();
		Runnable down = () -> {
			calls.incrementAndGet();
			throw new IllegalStateException("wrapped",
					new SQLTransientConnectionException("Connection refused"));
		};

		// when / then
		assertThatExceptionOfType(TargetCircuitOpenException.class).isThrownBy(() -> this.guard.call(down))
			.withMessage("The target ERP_INVOICE_IMPORT at jdbc:test failed 4 times in a row; stopping the batch. "
					+ "Last error: Connection refused. Once the target is back, run the same command again to resume.");
		assertThat(calls).hasValue(4);
	}

	@Test
	void shouldNotRetryAFailureThatIsNotTransient() {
		AtomicInteger calls = new AtomicInteger();
		assertThatIllegalStateException().isThrownBy(() -> this.guard.call(() -> {
			calls.incrementAndGet();
			throw new IllegalStateException("constraint violated");
		}));
		assertThat(calls).hasValue(1);
		assertThat(this.sleeps).isEmpty();
	}

}
