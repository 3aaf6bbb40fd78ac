package io.meshline.readers.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.core.contract.CanonicalField;
import io.meshline.core.contract.Contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ContractLoaderTests {

	private static final String MINIMAL = """
			contract: mine
			side: crm
			fields:
			  deal_id: { column: [Deal Id, Id] }
			  amount: { column: Amount, decimal: comma }
			  close_date: { column: Closed, date-formats: [dd.MM.yyyy] }
			won:
			  any:
			    - { column: Won, values: [on, 1, yes] }
			""";

	@Test
	void shouldReadEveryValueAsText(@TempDir Path dir) throws IOException {
		// given
		Path file = Files.writeString(dir.resolve("mine.yaml"), MINIMAL);
		// when
		Contract contract = ContractLoader.load(file);
		// then
		assertThat(contract.wonRules().get(0).values()).containsExactly("on", "1", "yes");
		assertThat(contract.fields().get(CanonicalField.DEAL_ID).columns()).containsExactly("Deal Id", "Id");
		assertThat(contract.defaultCurrency()).isNull();
		assertThat(contract.delimiter()).isEqualTo(',');
	}

	@Nested
	class Errors {

		private void assertInvalid(String yaml, String message) {
			assertThatExceptionOfType(InvalidContractException.class)
				.isThrownBy(() -> ContractLoader.load(yaml, "mine.yaml"))
				.withMessage(message);
		}

		@Test
		void shouldNameAnUnknownKey() {
			// given
			String yaml = MINIMAL.replace("decimal: comma", "decimals: comma");
			// when // then
			assertInvalid(yaml, "mine.yaml: fields.amount.decimals: unknown key (known keys: column, date-formats, "
					+ "decimal, default, extract, map, required, trim).");
		}

		@Test
		void shouldNameAnUnknownField() {
			// given
			String yaml = MINIMAL.replace("deal_id:", "deal_idd:");
			// when // then
			assertThatExceptionOfType(InvalidContractException.class)
				.isThrownBy(() -> ContractLoader.load(yaml, "mine.yaml"))
				.withMessageStartingWith("mine.yaml: fields.deal_idd: unknown field for a crm contract (known fields: "
						+ "deal_id, account_id,");
		}

		@Test
		void shouldNameABadValue() {
			// given // when // then
			assertInvalid(MINIMAL.replace("decimal: comma", "decimal: dot"),
					"mine.yaml: fields.amount.decimal: \"dot\" is not point or comma.");
			assertInvalid(MINIMAL.replace("side: crm", "side: both"), "mine.yaml: side: \"both\" is not crm or erp.");
			assertInvalid(MINIMAL + "defaults: { currency: XYZ }\n",
					"mine.yaml: The default currency \"XYZ\" is not an ISO 4217 currency code.");
		}

		@Test
		void shouldRefuseAnEncodingWhoseSeparatorsAreNotAsciiBytes() {
			// given // when // then
			assertInvalid(MINIMAL + "file: { encoding: UTF-16 }\n", "mine.yaml: file.encoding: \"UTF-16\" is not a "
					+ "character set that writes line breaks, commas and quotes as single ASCII bytes "
					+ "(UTF-8, windows-1252, ISO-8859-1, ...).");
			assertInvalid(MINIMAL + "file: { delimiter: \";;\" }\n",
					"mine.yaml: file.delimiter: \";;\" is not a single character other than a quote.");
		}

		@Test
		void shouldRefuseAnExtractWithoutOneGroup() {
			// given
			String yaml = MINIMAL.replace("side: crm", "side: erp")
				.replace("deal_id:", "invoice_id:")
				.replace("close_date:", "invoice_date:")
				.replace("won:\n  any:\n    - { column: Won, values: [on, 1, yes] }\n",
						"  deal_ref: { column: Memo, extract: \"CRM:\\\\S+\" }\n");
			// when // then
			assertInvalid(yaml, "mine.yaml: fields.deal_ref.extract: \"CRM:\\S+\" must have exactly one group, "
					+ "the part to keep.");
		}

		@Test
		void shouldRequireTheKeyFields() {
			// given // when // then
			assertInvalid(MINIMAL.replace("  amount: { column: Amount, decimal: comma }\n", ""),
					"mine.yaml: The field amount must be mapped.");
			assertInvalid(MINIMAL.replace("side: crm\n", ""), "mine.yaml: side: is required.");
		}

		@Test
		void shouldRefuseDuplicateKeysAndBrokenYaml() {
			// given // when // then
			assertThatExceptionOfType(InvalidContractException.class)
				.isThrownBy(() -> ContractLoader.load(MINIMAL + "side: erp\n", "mine.yaml"))
				.withMessageStartingWith("mine.yaml: not valid YAML:");
			assertInvalid("- just\n- a list\n", "mine.yaml: a contract file must be a YAML mapping.");
		}

	}

}
