package io.meshline.jobs.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import io.meshline.core.audit.AuditChainCheck.Break;
import io.meshline.core.audit.AuditChainCheck;
import io.meshline.core.audit.AuditEvent;
import io.meshline.core.audit.AuditHead;

/**
 * {@code audit verify}: reads the whole trail in sequence order (streamed, one event in memory at a
 * time) and checks the chain, then that the trail still holds the heads recorded outside the event
 * table: the head row of {@code ML_AUDIT_HEAD}, the data directory's head file and, when given, a
 * head the person keeps elsewhere.
 */
@Component
public class AuditVerification {

	private final JdbcTemplate jdbc;

	private final AuditHeadFile headFile;

	public AuditVerification(DataSource dataSource, AuditHeadFile headFile) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.headFile = headFile;
	}

	/**
	 * The verdict.
	 * @param count events read
	 * @param last the newest event, or {@code null} for an empty trail
	 * @param problem the first break, or {@code null} when the trail is intact
	 */
	public record Verdict(long count, AuditEvent last, Break problem) {

		public boolean intact() {
			return this.problem == null;
		}

	}

	public Verdict verify(Optional<AuditHead> kept) {
		List<AuditHead> heads = new ArrayList<>();
		Map<String, Object> row = this.jdbc.queryForMap("SELECT SEQ, HASH FROM ML_AUDIT_HEAD WHERE ID = 1");
		long headSeq = ((Number) row.get("SEQ")).longValue();
		if (headSeq > 0) {
			heads.add(new AuditHead(headSeq, (String) row.get("HASH"), "the head row of ML_AUDIT_HEAD"));
		}
		this.headFile.read().ifPresent(heads::add);
		kept.ifPresent(heads::add);
		AuditChainCheck check = new AuditChainCheck(heads);
		this.jdbc.query("SELECT * FROM ML_AUDIT_EVENT ORDER BY SEQ", (RowCallbackHandler) (rs) -> {
			check.accept(AuditEvents.map(rs, 0));
		});
		return new Verdict(check.count(), check.last(), check.finish().orElse(null));
	}

}
