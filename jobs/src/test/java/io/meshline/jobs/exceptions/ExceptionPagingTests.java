package io.meshline.jobs.exceptions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

import io.meshline.core.exceptions.PersonAction;
import io.meshline.core.reconcile.FindingType;
import io.meshline.jobs.support.TestDatabase;
import io.meshline.writers.output.RoutingFile;

import static io.meshline.jobs.exceptions.Nights.NIGHT_1;
import static io.meshline.jobs.exceptions.Nights.NIGHT_2;
import static io.meshline.jobs.exceptions.Nights.NIGHT_3;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code updateExceptionsStep} decides a page of findings at once. Three nights of findings, with a
 * key found twice in one run, a group of two findings, a person's acknowledgement and resolution in
 * between, go through the step one group per transaction, in pages of two findings (a page boundary
 * inside a group, and a duplicate key on both sides of one), and in the default pages: the exceptions
 * and their history must come out the same, and as the lifecycle says.
 */
class ExceptionPagingTests {

	private static final String SOURCE = "generic-crm -> generic-erp";

	@TempDir
	Path oneGroup;

	@TempDir
	Path twoFindings;

	@TempDir
	Path defaultPages;

	@TempDir
	Path straightThrough;

	@TempDir
	Path restarted;

	@Test
	void shouldChangeTheSameExceptionsWhateverThePageSize() {
		// given / when
		Result byGroup = nights(this.oneGroup, 1, 1);
		Result small = nights(this.twoFindings, 2, 2);
		Result usual = nights(this.defaultPages, UpdateExceptionsTasklet.FINDINGS_PER_CALL,
				UpdateExceptionsTasklet.RESOLUTIONS_PER_CALL);

		// then: the same rows whatever the pages
		assertThat(small.exceptions()).isEqualTo(byGroup.exceptions());
		assertThat(small.history()).isEqualTo(byGroup.history());
		assertThat(usual.exceptions()).isEqualTo(byGroup.exceptions());
		assertThat(usual.history()).isEqualTo(byGroup.history());

		// and as the lifecycle says
		assertThat(byGroup.status()).containsExactlyInAnyOrderEntriesOf(Map.of("MISSING_IN_ERP:D-1", "RESOLVED",
				"AMOUNT_MISMATCH:D-2", "OPEN", "DATE_DRIFT:D-2", "RESOLVED", "MISSING_IN_ERP:D-3", "REOPENED",
				"ORPHAN_IN_ERP:INV-9", "OPEN", "MISSING_IN_ERP:D-6", "RESOLVED", "STATUS_CONFLICT:D-7", "OPEN",
				"MISSING_IN_ERP:D-8", "RESOLVED"));
		assertThat(byGroup.events()).containsExactly(
				// night 1: INV-9 found twice, one exception
				"MISSING_IN_ERP:D-1 RUN null NEW 1", "AMOUNT_MISMATCH:D-2 RUN null NEW 1",
				"DATE_DRIFT:D-2 RUN null NEW 1", "MISSING_IN_ERP:D-3 RUN null NEW 1",
				"ORPHAN_IN_ERP:INV-9 RUN null NEW 1", "MISSING_IN_ERP:D-6 RUN null NEW 1",
				"STATUS_CONFLICT:D-7 RUN null NEW 1",
				// people
				"MISSING_IN_ERP:D-6 ACK NEW ACKED null", "STATUS_CONFLICT:D-7 RESOLVE NEW RESOLVED null",
				// night 2: found again (D-6 stays ACKED), reopened, new; then the silent ones resolved in key order
				"MISSING_IN_ERP:D-1 RUN NEW OPEN 2", "AMOUNT_MISMATCH:D-2 RUN NEW OPEN 2",
				"ORPHAN_IN_ERP:INV-9 RUN NEW OPEN 2", "STATUS_CONFLICT:D-7 RUN RESOLVED REOPENED 2",
				"MISSING_IN_ERP:D-8 RUN null NEW 2", "DATE_DRIFT:D-2 RUN NEW RESOLVED 2",
				"MISSING_IN_ERP:D-3 RUN NEW RESOLVED 2",
				// night 3 checks two finding types; running night 2 again afterwards changes nothing
				"MISSING_IN_ERP:D-3 RUN RESOLVED REOPENED 3", "STATUS_CONFLICT:D-7 RUN REOPENED OPEN 3",
				"MISSING_IN_ERP:D-1 RUN OPEN RESOLVED 3", "MISSING_IN_ERP:D-6 RUN ACKED RESOLVED 3",
				"MISSING_IN_ERP:D-8 RUN NEW RESOLVED 3");
		assertThat(byGroup.runChangesAudited()).isEqualTo(19);
		assertThat(small.runChangesAudited()).isEqualTo(19);
		assertThat(usual.runChangesAudited()).isEqualTo(19);
	}

	/**
	 * A first night spares looking up keys while the store holds only its own exceptions; stopped
	 * after four pages (the orphan INV-9 stored, and due again on the next page) and restarted, it
	 * must store what a night straight through does.
	 */
	@Test
	void shouldStoreTheSameFirstNightWhenItsStepIsRestarted() {
		// given / when
		Result straight = firstNight(this.straightThrough, 0);
		Result restarted = firstNight(this.restarted, 4);

		// then
		assertThat(restarted.exceptions()).isEqualTo(straight.exceptions());
		assertThat(restarted.history()).isEqualTo(straight.history());
		assertThat(restarted.events()).containsExactly("MISSING_IN_ERP:D-1 RUN null NEW 1",
				"AMOUNT_MISMATCH:D-2 RUN null NEW 1", "DATE_DRIFT:D-2 RUN null NEW 1",
				"MISSING_IN_ERP:D-3 RUN null NEW 1", "ORPHAN_IN_ERP:INV-9 RUN null NEW 1",
				"MISSING_IN_ERP:D-6 RUN null NEW 1", "STATUS_CONFLICT:D-7 RUN null NEW 1");
		assertThat(restarted.runChangesAudited()).isEqualTo(straight.runChangesAudited()).isEqualTo(7);
	}

	/** The exceptions and history after three nights (and night 2 run again) in pages of the given sizes. */
	private Result nights(Path home, int findingsPerCall, int resolutionsPerCall) {
		return TestDatabase.sql(home, (jdbc) -> {
			new ResourceDatabasePopulator(new ClassPathResource("io/meshline/schema/meshline-"
					+ (TestDatabase.postgres() ? "postgresql" : "hsqldb") + ".sql")).execute(jdbc.getDataSource());
			ExceptionStore store = StoredExceptions.store(home, jdbc);
			nightOneFindings(jdbc);
			run(jdbc, store, 1, NIGHT_1, findingsPerCall, resolutionsPerCall);
			store.act("MISSING_IN_ERP:D-6", PersonAction.ACK, "bo.lund", null, null, NIGHT_1.plusSeconds(60));
			store.act("STATUS_CONFLICT:D-7", PersonAction.RESOLVE, "bo.lund", null, null, NIGHT_1.plusSeconds(120));
			// night 2: D-2's date and D-3 are fixed, D-8 is new
			finding(jdbc, 2, 1, 0, FindingType.MISSING_IN_ERP, "D-1", "", "Ann Lee");
			finding(jdbc, 2, 2, 0, FindingType.AMOUNT_MISMATCH, "D-2", "INV-2", "Ann Lee");
			finding(jdbc, 2, 4, 0, FindingType.ORPHAN_IN_ERP, "X-9", "INV-9", null);
			finding(jdbc, 2, 4, 1, FindingType.ORPHAN_IN_ERP, "X-9", "INV-9", null);
			finding(jdbc, 2, 6, 0, FindingType.MISSING_IN_ERP, "D-6", "", "Bo Lund");
			finding(jdbc, 2, 7, 0, FindingType.STATUS_CONFLICT, "D-7", "INV-7", "Bo Lund");
			finding(jdbc, 2, 8, 0, FindingType.MISSING_IN_ERP, "D-8", "", "Ann Lee");
			run(jdbc, store, 2, NIGHT_2, findingsPerCall, resolutionsPerCall);
			// night 3: D-3 is back, and only missing invoices and status conflicts are checked
			finding(jdbc, 3, 3, 0, FindingType.MISSING_IN_ERP, "D-3", "", null);
			finding(jdbc, 3, 7, 0, FindingType.STATUS_CONFLICT, "D-7", "INV-7", "Bo Lund");
			run(jdbc, store, 3, NIGHT_3, findingsPerCall, resolutionsPerCall, FindingType.MISSING_IN_ERP,
					FindingType.STATUS_CONFLICT);
			run(jdbc, store, 2, NIGHT_3.plusSeconds(3600), findingsPerCall, resolutionsPerCall);
			return result(jdbc);
		});
	}

	private static Result result(JdbcTemplate jdbc) {
		return new Result(jdbc.queryForList("SELECT * FROM ML_EXCEPTION ORDER BY EXCEPTION_KEY"),
				jdbc.queryForList("SELECT EXCEPTION_KEY, EVENT_TIME, ACTOR, ACTION, FROM_STATUS, TO_STATUS, RUN_ID, "
						+ "NOTE FROM ML_EXCEPTION_EVENT ORDER BY EVENT_ID"),
				jdbc.query("SELECT * FROM ML_EXCEPTION_EVENT ORDER BY EVENT_ID",
						(rs, n) -> rs.getString("EXCEPTION_KEY") + " " + rs.getString("ACTION") + " "
								+ rs.getString("FROM_STATUS") + " " + rs.getString("TO_STATUS") + " "
								+ rs.getObject("RUN_ID")),
				jdbc.queryForList("SELECT DETAIL FROM ML_AUDIT_EVENT WHERE KIND = 'exception.run'", String.class)
					.stream()
					.mapToInt((detail) -> Integer.parseInt(detail.substring(0, detail.indexOf(' '))))
					.sum());
	}

	/**
	 * The first night, in pages of two findings, straight through or stopped after {@code callsBeforeStop}
	 * calls and then done again by a new tasklet, as a restart after a kill does.
	 */
	private Result firstNight(Path home, int callsBeforeStop) {
		return TestDatabase.sql(home, (jdbc) -> {
			new ResourceDatabasePopulator(new ClassPathResource("io/meshline/schema/meshline-"
					+ (TestDatabase.postgres() ? "postgresql" : "hsqldb") + ".sql")).execute(jdbc.getDataSource());
			ExceptionStore store = StoredExceptions.store(home, jdbc);
			nightOneFindings(jdbc);
			UpdateExceptionsTasklet killed = tasklet(jdbc, store, 1, NIGHT_1, 2, 2);
			TransactionTemplate transactions = new TransactionTemplate(
					new DataSourceTransactionManager(jdbc.getDataSource()));
			for (int call = 0; call < callsBeforeStop; call++) {
				transactions.execute((status) -> killed.next());
			}
			// a restart comes later, and keeps the time the killed execution stored
			run(jdbc, store, 1, NIGHT_1.plusSeconds(60L * callsBeforeStop), 2, 2);
			return result(jdbc);
		});
	}

	/** Night 1: INV-9 is an orphan twice (two lines of one unknown reference), D-2 has two findings. */
	private static void nightOneFindings(JdbcTemplate jdbc) {
		finding(jdbc, 1, 10, 0, FindingType.MISSING_IN_ERP, "D-1", "", "Ann Lee");
		finding(jdbc, 1, 20, 0, FindingType.AMOUNT_MISMATCH, "D-2", "INV-2", "Ann Lee");
		finding(jdbc, 1, 20, 1, FindingType.DATE_DRIFT, "D-2", "INV-2", "Ann Lee");
		finding(jdbc, 1, 30, 0, FindingType.MISSING_IN_ERP, "D-3", "", null);
		finding(jdbc, 1, 40, 0, FindingType.ORPHAN_IN_ERP, "X-9", "INV-9", null);
		finding(jdbc, 1, 50, 0, FindingType.ORPHAN_IN_ERP, "X-9", "INV-9", null);
		finding(jdbc, 1, 60, 0, FindingType.MISSING_IN_ERP, "D-6", "", "Bo Lund");
		finding(jdbc, 1, Long.MAX_VALUE, 0, FindingType.STATUS_CONFLICT, "D-7", "INV-7", "Bo Lund");
	}

	/** The step's work for run {@code runId} at {@code at}, one transaction per call as the step does. */
	private static void run(JdbcTemplate jdbc, ExceptionStore store, long runId, Instant at, int findingsPerCall,
			int resolutionsPerCall, FindingType... onlyChecked) {
		UpdateExceptionsTasklet tasklet = tasklet(jdbc, store, runId, at, findingsPerCall, resolutionsPerCall,
				onlyChecked);
		TransactionTemplate transactions = new TransactionTemplate(
				new DataSourceTransactionManager(jdbc.getDataSource()));
		while (!transactions.execute((status) -> tasklet.next()).last()) {
			// every slice
		}
	}

	private static UpdateExceptionsTasklet tasklet(JdbcTemplate jdbc, ExceptionStore store, long runId, Instant at,
			int findingsPerCall, int resolutionsPerCall, FindingType... onlyChecked) {
		EnumSet<FindingType> checked = (onlyChecked.length > 0) ? EnumSet.copyOf(List.of(onlyChecked))
				: EnumSet.of(FindingType.MISSING_IN_ERP, FindingType.AMOUNT_MISMATCH, FindingType.DATE_DRIFT,
						FindingType.ORPHAN_IN_ERP, FindingType.STATUS_CONFLICT);
		try {
			return new UpdateExceptionsTasklet(jdbc, store, RoutingFile.routing(null),
					new RunScope(SOURCE, null, null, checked), runId, Clock.fixed(at, ZoneId.of("UTC")),
					findingsPerCall, resolutionsPerCall);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void finding(JdbcTemplate jdbc, long runId, long group, int item, FindingType type, String crmId,
			String erpIds, String owner) {
		jdbc.update("INSERT INTO ML_FINDING (RUN_ID, GROUP_SEQ, ITEM_NO, FINDING, CRM_ID, ERP_IDS, CURRENCY, "
				+ "CRM_AMOUNT, CLOSE_DATE, FIRST_INVOICE_DATE, OWNER, DETAIL) VALUES (?, ?, ?, ?, ?, ?, 'USD', 100.00, "
				+ "DATE '2026-10-05', DATE '2026-10-06', ?, ?)", runId, group, item, type.name(), crmId, erpIds, owner,
				type + " " + crmId + " in group " + group + " of run " + runId);
	}

	private record Result(List<Map<String, Object>> exceptions, List<Map<String, Object>> history, List<String> events,
			int runChangesAudited) {

		Map<String, String> status() {
			Map<String, String> status = new HashMap<>();
			this.exceptions.forEach((row) -> status.put((String) row.get("EXCEPTION_KEY"), (String) row.get("STATUS")));
			return status;
		}

	}

}
