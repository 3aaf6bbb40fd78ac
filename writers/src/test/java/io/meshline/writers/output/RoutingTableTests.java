package io.meshline.writers.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.meshline.core.reconcile.FindingType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoutingTableTests {

	@TempDir
	Path dir;

	@Test
	void shouldRouteEveryFindingTypeByDefault() {
		// given / when
		RoutingTable routing = RoutingTable.defaults();

		// then
		assertThat(routing.asMap()).hasSize(FindingType.values().length);
		assertThat(routing.queueFor(FindingType.MISSING_IN_ERP)).isEqualTo("billing-ops");
		assertThat(routing.queueFor(FindingType.DUPLICATE_IN_ERP)).isEqualTo("revenue-assurance");
		assertThat(routing.queueFor(FindingType.AMOUNT_MISMATCH)).isEqualTo("revenue-assurance");
		assertThat(routing.queueFor(FindingType.CUSTOMER_MISMATCH)).isEqualTo("identity-resolution");
		assertThat(routing.queueFor(FindingType.ORPHAN_IN_ERP)).isEqualTo("ar-triage");
	}

	@Test
	void shouldOverrideOnlyTheTypesTheFileNames() throws IOException {
		// given
		Path file = Files.writeString(this.dir.resolve("routing.csv"),
				"finding,queue\nDATE_DRIFT,revenue-assurance\n\nORPHAN_IN_ERP , collections\n");

		// when
		RoutingTable routing = RoutingTable.load(file);

		// then
		assertThat(routing.queueFor(FindingType.DATE_DRIFT)).isEqualTo("revenue-assurance");
		assertThat(routing.queueFor(FindingType.ORPHAN_IN_ERP)).isEqualTo("collections");
		assertThat(routing.queueFor(FindingType.MISSING_IN_ERP)).isEqualTo("billing-ops");
	}

	@Nested
	class WhenTheFileIsWrong {

		@Test
		void shouldNameFileAndLineOfAnUnknownFinding() throws IOException {
			// given
			Path file = Files.writeString(RoutingTableTests.this.dir.resolve("routing.csv"),
					"finding,queue\nDATE_DRIFT,billing-ops\nMISSING,billing-ops\n");

			// when / then
			assertThatIllegalArgumentException().isThrownBy(() -> RoutingTable.load(file))
				.withMessage("line 3 of " + file + ": finding \"MISSING\" is not one of [MISSING_IN_ERP, "
						+ "STATUS_CONFLICT, DUPLICATE_IN_ERP, CURRENCY_MISMATCH, AMOUNT_MISMATCH, "
						+ "CUSTOMER_MISMATCH, UNMAPPED_ACCOUNT, DATE_DRIFT, ORPHAN_IN_ERP, POLICY_VIOLATION, DRIFT].");
		}

		@Test
		void shouldNameFileAndLineOfAMissingQueue() throws IOException {
			// given
			Path file = Files.writeString(RoutingTableTests.this.dir.resolve("routing.csv"),
					"finding,queue\nDATE_DRIFT\n");

			// when / then
			assertThatIllegalArgumentException().isThrownBy(() -> RoutingTable.load(file))
				.withMessage("line 2 of " + file + ": finding DATE_DRIFT has no queue.");
		}

	}

}
