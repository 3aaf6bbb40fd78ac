package io.meshline.core.audit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.meshline.core.audit.AuditChainCheck.Break;
import io.meshline.core.audit.AuditChainCheck.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainCheckTests {

	private static final LocalDateTime AT = LocalDateTime.of(2026, 10, 31, 18, 30, 0, 123_456_789);

	@Test
	void shouldPassAnIntactChainAndKeepTheTimeToTheMillisecond() {
		// given
		List<AuditEvent> chain = chain(4);
		// when
		Optional<Break> problem = check(chain, List.of(new AuditHead(4, chain.get(3).hash(), "the file")));
		// then
		assertThat(problem).isEmpty();
		assertThat(chain.get(0).at()).isEqualTo(LocalDateTime.of(2026, 10, 31, 18, 30, 0, 123_000_000));
	}

	@Test
	void shouldNameAnEditedEvent() {
		// given
		List<AuditEvent> chain = chain(4);
		AuditEvent e = chain.get(1);
		chain.set(1, new AuditEvent(e.seq(), e.at(), "mallory", e.kind(), e.subject(), e.detail(), e.prevHash(), e.hash()));
		// when
		Optional<Break> problem = check(chain, List.of());
		// then
		assertThat(problem).get().extracting(Break::seq, Break::problem).containsExactly(2L, Problem.EDITED);
	}

	@Test
	void shouldNameAMissingEventAndMissingNewestEvents() {
		// given
		List<AuditEvent> chain = chain(4);
		List<AuditEvent> gap = new ArrayList<>(chain);
		gap.remove(2);
		// when
		Optional<Break> deleted = check(gap, List.of());
		Optional<Break> truncated = check(chain.subList(0, 3), List.of(new AuditHead(4, chain.get(3).hash(), "the file")));
		// then
		assertThat(deleted).get().extracting(Break::seq, Break::problem).containsExactly(3L, Problem.DELETED);
		assertThat(truncated.get().message())
			.isEqualTo("event 4 deleted: the file records event 4 but the trail ends at event 3.");
	}

	@Test
	void shouldNameAnEventWrittenAtAnotherPosition() {
		// given: events 2 and 3 swap places, each keeping its content and hash
		List<AuditEvent> chain = chain(4);
		AuditEvent two = chain.get(1);
		AuditEvent three = chain.get(2);
		chain.set(1, new AuditEvent(2, three.at(), three.actor(), three.kind(), three.subject(), three.detail(),
				three.prevHash(), three.hash()));
		chain.set(2, new AuditEvent(3, two.at(), two.actor(), two.kind(), two.subject(), two.detail(), two.prevHash(),
				two.hash()));
		// when
		Optional<Break> problem = check(chain, List.of());
		// then
		assertThat(problem.get().message())
			.isEqualTo("event 2 (k s3) was written as event 3: the events were reordered.");
	}

	@Test
	void shouldNoticeAChainRewrittenAfterAnEdit() {
		// given: event 2 edited and re-sealed, but event 3 still links to the old hash
		List<AuditEvent> chain = chain(3);
		chain.set(1, AuditEvent.seal(2, AT, "a", "k", "s2", "changed", chain.get(0).hash()));
		// when
		Optional<Break> problem = check(chain, List.of());
		// then
		assertThat(problem).get().extracting(Break::seq, Break::problem).containsExactly(3L, Problem.RELINKED);
	}

	private static List<AuditEvent> chain(int count) {
		List<AuditEvent> chain = new ArrayList<>();
		String previous = "";
		for (int seq = 1; seq <= count; seq++) {
			AuditEvent event = AuditEvent.seal(seq, AT, "a", "k", "s" + seq, "d" + seq, previous);
			chain.add(event);
			previous = event.hash();
		}
		return chain;
	}

	private static Optional<Break> check(List<AuditEvent> events, List<AuditHead> heads) {
		AuditChainCheck check = new AuditChainCheck(heads);
		events.forEach(check::accept);
		return check.finish();
	}

}
