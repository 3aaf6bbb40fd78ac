package io.meshline.core.exceptions;

import org.junit.jupiter.api.Test;

import static io.meshline.core.exceptions.ExceptionStatus.ACKED;
import static io.meshline.core.exceptions.ExceptionStatus.APPROVED;
import static io.meshline.core.exceptions.ExceptionStatus.ESCALATED;
import static io.meshline.core.exceptions.ExceptionStatus.NEW;
import static io.meshline.core.exceptions.ExceptionStatus.OPEN;
import static io.meshline.core.exceptions.ExceptionStatus.REOPENED;
import static io.meshline.core.exceptions.ExceptionStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ExceptionLifecycleTests {

	@Test
	void shouldGoNewOpenResolvedReopenedOpenAcrossRuns() {
		// given / when
		ExceptionStatus first = ExceptionLifecycle.seen(null);
		ExceptionStatus second = ExceptionLifecycle.seen(first);
		ExceptionStatus third = ExceptionLifecycle.gone(second);
		ExceptionStatus fourth = ExceptionLifecycle.seen(third);
		ExceptionStatus fifth = ExceptionLifecycle.seen(fourth);
		// then
		assertThat(new ExceptionStatus[] { first, second, third, fourth, fifth })
			.containsExactly(NEW, OPEN, RESOLVED, REOPENED, OPEN);
	}

	@Test
	void shouldKeepWhatAPersonOrTheEscalationDecidedWhileARunStillSeesIt() {
		assertThat(ExceptionLifecycle.seen(ACKED)).isEqualTo(ACKED);
		assertThat(ExceptionLifecycle.seen(APPROVED)).isEqualTo(APPROVED);
		assertThat(ExceptionLifecycle.seen(ESCALATED)).isEqualTo(ESCALATED);
	}

	@Test
	void shouldEscalateOnlyWhatNobodyActedOn() {
		assertThat(ExceptionLifecycle.escalates(NEW)).isTrue();
		assertThat(ExceptionLifecycle.escalates(OPEN)).isTrue();
		assertThat(ExceptionLifecycle.escalates(REOPENED)).isTrue();
		assertThat(ExceptionLifecycle.escalates(ESCALATED)).isFalse();
		assertThat(ExceptionLifecycle.escalates(ACKED)).isFalse();
		assertThat(ExceptionLifecycle.escalates(APPROVED)).isFalse();
		assertThat(ExceptionLifecycle.escalates(RESOLVED)).isFalse();
	}

	@Test
	void shouldApplyPeoplesActions() {
		assertThat(ExceptionLifecycle.after(PersonAction.ACK, ESCALATED)).isEqualTo(ACKED);
		assertThat(ExceptionLifecycle.after(PersonAction.ASSIGN, OPEN)).isEqualTo(OPEN);
		assertThat(ExceptionLifecycle.after(PersonAction.APPROVE, ACKED)).isEqualTo(APPROVED);
		assertThat(ExceptionLifecycle.after(PersonAction.RESOLVE, APPROVED)).isEqualTo(RESOLVED);
	}

	@Test
	void shouldRefuseToActOnAResolvedExceptionOrToRepeatAnAction() {
		assertThatIllegalStateException().isThrownBy(() -> ExceptionLifecycle.after(PersonAction.APPROVE, RESOLVED))
			.withMessage("is RESOLVED, so it cannot be approved; it reopens by itself if a run finds it again");
		assertThatIllegalStateException().isThrownBy(() -> ExceptionLifecycle.after(PersonAction.ACK, ACKED))
			.withMessage("is ACKED already");
	}

}
