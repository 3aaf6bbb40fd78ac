package io.meshline.writers.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import io.meshline.core.reconcile.FindingType;
import io.meshline.writers.output.RunSummary.InputSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryJsonWriterTests {

	@TempDir
	Path dir;

	@Test
	void shouldWriteSummaryWithStableKeysAndEveryFindingType() throws IOException {
		// given
		Path file = this.dir.resolve("summary.json");
		RunSummary summary = new RunSummary(12, Instant.parse("2026-10-31T08:00:00Z"),
				Instant.parse("2026-10-31T08:00:04.250Z"), "COMPLETED",
				Map.of("tolerance", "0.01", "crm.contract", "salesforce"),
				new InputSummary("in/crm.csv", "salesforce", "ab12", 120, 118, 2, 0),
				new InputSummary("in/erp.csv", "netsuite", "cd34", 130, 130, 0, 1),
				Map.of(FindingType.MISSING_IN_ERP, 3L, FindingType.ORPHAN_IN_ERP, 1L), 100, 110,
				Map.of("USD", new BigDecimal("5430.10"), "EUR", new BigDecimal("1200.00")),
				Map.of("USD", new BigDecimal("99.00")));

		// when
		new SummaryJsonWriter().write(summary, file);

		// then
		assertThat(Files.readString(file)).isEqualTo("""
				{
				  "run_id" : 12,
				  "started" : "2026-10-31T08:00:00Z",
				  "finished" : "2026-10-31T08:00:04.250Z",
				  "status" : "COMPLETED",
				  "parameters" : {
				    "crm.contract" : "salesforce",
				    "tolerance" : "0.01"
				  },
				  "inputs" : {
				    "crm" : {
				      "path" : "in/crm.csv",
				      "contract" : "salesforce",
				      "sha256" : "ab12",
				      "rows_read" : 120,
				      "accepted" : 118,
				      "rejected" : 2,
				      "recoded_lines" : 0
				    },
				    "erp" : {
				      "path" : "in/erp.csv",
				      "contract" : "netsuite",
				      "sha256" : "cd34",
				      "rows_read" : 130,
				      "accepted" : 130,
				      "rejected" : 0,
				      "recoded_lines" : 1
				    }
				  },
				  "findings" : {
				    "MISSING_IN_ERP" : 3,
				    "STATUS_CONFLICT" : 0,
				    "DUPLICATE_IN_ERP" : 0,
				    "CURRENCY_MISMATCH" : 0,
				    "AMOUNT_MISMATCH" : 0,
				    "CUSTOMER_MISMATCH" : 0,
				    "UNMAPPED_ACCOUNT" : 0,
				    "DATE_DRIFT" : 0,
				    "ORPHAN_IN_ERP" : 1,
				    "POLICY_VIOLATION" : 0,
				    "DRIFT" : 0
				  },
				  "matched_deals" : 100,
				  "deals_in_scope" : 110,
				  "revenue_at_risk" : {
				    "EUR" : "1200.00",
				    "USD" : "5430.10"
				  },
				  "over_billed" : {
				    "USD" : "99.00"
				  }
				}
				""");
	}

}
