package io.meshline.writers.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.core.exceptions.ExceptionRouting;
import io.meshline.core.exceptions.Route;
import io.meshline.core.exceptions.Severity;
import io.meshline.core.exceptions.Sla;
import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoutingFileTests {

	@TempDir
	Path dir;

	private static Finding missing(String owner, String amount) {
		BigDecimal value = new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
		return new Finding(FindingType.MISSING_IN_ERP, "D-1", List.of(), "A-1", null, "USD", value, null, null,
				LocalDate.of(2026, 10, 1), null, owner, value, null, "missing");
	}

	@Test
	void shouldRouteByOwnerAndAmountBandWithSeverityAndSla() throws IOException {
		// given
		Path file = Files.writeString(this.dir.resolve("routing.csv"),
				"finding,queue,severity,sla_hours,owner,currency,min_amount,max_amount\n"
						+ "MISSING_IN_ERP,controller,hard,1,,USD,50000,\n"
						+ "MISSING_IN_ERP,emea-billing,soft,,Dana Scully,,,\n"
						+ "MISSING_IN_ERP,billing-ops,,,,,,\n");
		// when
		ExceptionRouting routing = RoutingFile.routing(file);
		// then
		assertThat(routing.route(missing("Dana Scully", "50000"))).isEqualTo(
				new Route("controller", Severity.HARD, Sla.ofHours(1)));
		assertThat(routing.route(missing("Dana Scully", "49999.99")))
			.isEqualTo(new Route("emea-billing", Severity.SOFT, Sla.ofHours(8)));
		assertThat(routing.route(missing("Tom", "10"))).isEqualTo(new Route("billing-ops", Severity.HARD, Sla.ofHours(2)));
	}

	@Test
	void shouldKeepTheQueueOfDiscrepanciesFromUnconditionalRowsOnly() throws IOException {
		// given
		Path file = Files.writeString(this.dir.resolve("routing.csv"),
				"finding,queue,owner\nMISSING_IN_ERP,dana,Dana Scully\nDATE_DRIFT,revenue-assurance,\n");
		// when
		RoutingTable table = RoutingTable.load(file);
		// then
		assertThat(table.queueFor(FindingType.MISSING_IN_ERP)).isEqualTo("billing-ops");
		assertThat(table.queueFor(FindingType.DATE_DRIFT)).isEqualTo("revenue-assurance");
	}

	@Test
	void shouldNameFileLineAndColumnOfABadCell() throws IOException {
		Path amount = Files.writeString(this.dir.resolve("a.csv"), "finding,queue,min_amount\nDATE_DRIFT,q,12,5O\n");
		assertThatIllegalArgumentException().isThrownBy(() -> RoutingFile.rules(amount))
			.withMessage("line 2 of " + amount + ": 4 cells but the header has 3 columns (quote a cell that holds a comma).");
		Path bad = Files.writeString(this.dir.resolve("b.csv"), "finding,queue,min_amount\nDATE_DRIFT,q,1O\n");
		assertThatIllegalArgumentException().isThrownBy(() -> RoutingFile.rules(bad))
			.withMessage("line 2 of " + bad + ", column min_amount: min_amount \"1O\" is not an amount like 10000.00.");
		Path sla = Files.writeString(this.dir.resolve("c.csv"), "finding,queue,sla_hours\nDATE_DRIFT,q,0\n");
		assertThatIllegalArgumentException().isThrownBy(() -> RoutingFile.rules(sla))
			.withMessage("line 2 of " + sla + ", column sla_hours: sla_hours \"0\" is not a whole number of hours, 1 or more.");
		Path severity = Files.writeString(this.dir.resolve("d.csv"), "finding,queue,severity\nDATE_DRIFT,q,urgent\n");
		assertThatIllegalArgumentException().isThrownBy(() -> RoutingFile.rules(severity))
			.withMessage("line 2 of " + severity + ", column severity: severity \"urgent\" is not hard or soft.");
		Path column = Files.writeString(this.dir.resolve("e.csv"), "finding,queue,team\n");
		assertThatIllegalArgumentException().isThrownBy(() -> RoutingFile.rules(column))
			.withMessageStartingWith("line 1 of " + column + ": unknown column \"team\"");
	}

}
