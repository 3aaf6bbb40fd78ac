package io.meshline.readers.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.meshline.core.contract.CanonicalField;
import io.meshline.core.contract.Contract;
import io.meshline.core.contract.ContractViolationException;
import io.meshline.core.contract.CrmRowMapper;
import io.meshline.core.contract.FieldSpec;
import io.meshline.core.contract.FlagRule;
import io.meshline.core.contract.RowResult;
import io.meshline.core.contract.Side;
import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExportReaderTests {

	private static final String HEADER = "Id,Name,Amount,CloseDate,IsWon\n";

	static Contract contract(String commentPrefix) {
		return new Contract("deals", Side.CRM, null, ',', "UTF-8", commentPrefix, "USD", false,
				Map.of(CanonicalField.DEAL_ID, FieldSpec.of("Id"), CanonicalField.DEAL_NAME, FieldSpec.of("Name"),
						CanonicalField.DEAL_AMOUNT, FieldSpec.of("Amount"), CanonicalField.CLOSE_DATE,
						FieldSpec.of("CloseDate")),
				List.of(FlagRule.of("IsWon", "1")), null);
	}

	static List<RowResult<CrmDeal>> readAll(byte[] bytes, Contract contract) throws IOException {
		try (ExportReader<CrmDeal> reader = ExportReader.open(new ByteArrayInputStream(bytes), "deals.csv",
				contract, CrmRowMapper::bind)) {
			List<RowResult<CrmDeal>> results = new ArrayList<>();
			reader.forEachRemaining(results::add);
			assertThat(reader.rowsRead()).isEqualTo(results.size());
			return results;
		}
	}

	static List<RowResult<CrmDeal>> readAll(String text) throws IOException {
		return readAll(text.getBytes(StandardCharsets.UTF_8), contract(null));
	}

	static CrmDeal deal(RowResult<CrmDeal> result) {
		assertThat(result).isInstanceOf(RowResult.Accepted.class);
		return ((RowResult.Accepted<CrmDeal>) result).record();
	}

	static Rejection rejection(RowResult<CrmDeal> result) {
		assertThat(result).isInstanceOf(RowResult.Rejected.class);
		return ((RowResult.Rejected<CrmDeal>) result).rejection();
	}

	@Test
	void shouldReadRowsWithTheirLineNumbers() throws IOException {
		// given
		String csv = HEADER + "A1,First,10,2026-01-01,1\nA2,Second,20,2026-01-02,\n";
		// when
		List<RowResult<CrmDeal>> results = readAll(csv);
		// then
		assertThat(results).extracting(RowResult::line).containsExactly(2L, 3L);
		assertThat(deal(results.get(0)).won()).isTrue();
		assertThat(deal(results.get(1)).won()).isFalse();
	}

	@Test
	void shouldKeepLineNumbersRightAfterAQuotedNewline() throws IOException {
		// given
		String csv = HEADER + "A1,\"Two\nlines, and a comma\",10,2026-01-01,1\nA2,\"Say \"\"hi\"\"\",20,2026-01-02,\n"
				+ "A3,x,oops,2026-01-03,\n";
		// when
		List<RowResult<CrmDeal>> results = readAll(csv);
		// then
		assertThat(deal(results.get(0)).dealName()).isEqualTo("Two\nlines, and a comma");
		assertThat(deal(results.get(1)).dealName()).isEqualTo("Say \"hi\"");
		assertThat(results).extracting(RowResult::line).containsExactly(2L, 4L, 5L);
		assertThat(rejection(results.get(2)).describe())
			.isEqualTo("line 5 of deals.csv, column Amount: \"oops\" is not a number");
		assertThat(rejection(results.get(2)).rawLine()).isEqualTo("A3,x,oops,2026-01-03,");
	}

	@Test
	void shouldReadQuotesInsideUnquotedFieldsAsText() throws IOException {
		// given
		String csv = HEADER + "A1,27\" monitor,10,2026-01-01,1\nA2,\"Acme\" Inc,20,2026-01-02,\nA3,z,30,2026-01-03,\n";
		// when
		List<RowResult<CrmDeal>> results = readAll(csv);
		// then
		assertThat(results).extracting((r) -> deal(r).dealName()).containsExactly("27\" monitor", "Acme Inc", "z");
		assertThat(results).extracting(RowResult::line).containsExactly(2L, 3L, 4L);
	}

	@Test
	void shouldReadCrlfFilesWithAndWithoutBom() throws IOException {
		// given
		String crlf = HEADER.replace("\n", "\r\n") + "A1,\"x\r\ny\",10,2026-01-01,1\r\nA2,z,20,2026-01-02,\r\n";
		byte[] withBom = ("\uFEFF" + crlf).getBytes(StandardCharsets.UTF_8);
		// when
		List<RowResult<CrmDeal>> plain = readAll(crlf);
		List<RowResult<CrmDeal>> bom = readAll(withBom, contract(null));
		// then
		assertThat(plain).isEqualTo(bom);
		assertThat(deal(plain.get(0)).dealName()).isEqualTo("x\r\ny");
		assertThat(deal(plain.get(1)).dealId()).isEqualTo("A2");
		assertThat(plain).extracting(RowResult::line).containsExactly(2L, 4L);
	}

	@Test
	void shouldSkipBlankLinesButCountThem() throws IOException {
		// given
		String csv = HEADER + "\nA1,x,10,2026-01-01,1\n   \n\nA2,y,20,2026-01-02,\n\n";
		// when
		List<RowResult<CrmDeal>> results = readAll(csv);
		// then
		assertThat(results).extracting(RowResult::line).containsExactly(3L, 6L);
	}

	@Test
	void shouldReadLinesStartingWithAHashAsData() throws IOException {
		// given
		String csv = HEADER + "#42,Hash deal,10,2026-01-01,1\n";
		// when
		List<RowResult<CrmDeal>> results = readAll(csv);
		// then
		assertThat(deal(results.get(0)).dealId()).isEqualTo("#42");
	}

	@Test
	void shouldSkipCommentLinesWhenTheContractSaysSo() throws IOException {
		// given
		String csv = "# exported 2026-10-31\n" + HEADER + "# a note\nA1,x,10,2026-01-01,1\n";
		// when
		List<RowResult<CrmDeal>> results = readAll(csv.getBytes(StandardCharsets.UTF_8), contract("#"));
		// then
		assertThat(results).extracting(RowResult::line).containsExactly(4L);
	}

	@Test
	void shouldRecodeLinesThatAreNotUtf8() throws IOException {
		// given
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes((HEADER + "A1,Café Zoë,10,2026-01-01,1\n").getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("A2,Müller GmbH,20,2026-01-02,\n".getBytes(StandardCharsets.ISO_8859_1));
		bytes.writeBytes("A3,Crème \uFFFD,30,2026-01-03,\n".getBytes(StandardCharsets.UTF_8));
		// when
		try (ExportReader<CrmDeal> reader = ExportReader.open(new ByteArrayInputStream(bytes.toByteArray()),
				"deals.csv", contract(null), CrmRowMapper::bind)) {
			List<RowResult<CrmDeal>> results = new ArrayList<>();
			reader.forEachRemaining(results::add);
			// then
			assertThat(results).extracting((r) -> deal(r).dealName())
				.containsExactly("Café Zoë", "Müller GmbH", "Crème \uFFFD");
			assertThat(reader.recodedLines()).isEqualTo(1);
		}
	}

	@Test
	void shouldReadAHeaderOnlyFileAsNoRows() throws IOException {
		// given // when
		List<RowResult<CrmDeal>> results = readAll(HEADER);
		// then
		assertThat(results).isEmpty();
	}

	@Nested
	class Rejections {

		@Test
		void shouldRejectAWrongColumnCount() throws IOException {
			// given
			String csv = HEADER + "A1,x,10,2026-01-01\n";
			// when
			Rejection rejection = rejection(readAll(csv).get(0));
			// then
			assertThat(rejection.describe()).isEqualTo("line 2 of deals.csv: expected 5 columns, found 4");
			assertThat(rejection.rawLine()).isEqualTo("A1,x,10,2026-01-01");
			assertThat(rejection.recordId()).isEqualTo("A1");
		}

		@Test
		void shouldRejectATruncatedLastRow() throws IOException {
			// given
			String csv = HEADER + "A1,x,10,2026-01-01,1\nA2,\"cut off\nin the mid";
			// when
			List<RowResult<CrmDeal>> results = readAll(csv);
			// then
			assertThat(results).hasSize(2);
			Rejection rejection = rejection(results.get(1));
			assertThat(rejection.describe()).isEqualTo("line 3 of deals.csv: the file ends inside a quoted field, "
					+ "so this last row is incomplete (was the export cut off?)");
			assertThat(rejection.rawLine()).isEqualTo("A2,\"cut off\nin the mid");
		}

		@Test
		void shouldTellAnEmptyFileFromAHeaderOnlyOne() {
			// given
			byte[] empty = new byte[0];
			// when // then
			assertThatExceptionOfType(ContractViolationException.class)
				.isThrownBy(() -> readAll(empty, contract(null)))
				.withMessage("deals.csv is empty: expected a header with columns Id, Amount, CloseDate, IsWon.");
		}

		@Test
		void shouldNameTheMissingColumnAndTheColumnsFound() {
			// given
			String csv = "Id,Name,CloseDate,IsWon\nA1,x,2026-01-01,1\n";
			// when // then
			assertThatExceptionOfType(ContractViolationException.class).isThrownBy(() -> readAll(csv))
				.withMessage("deals.csv does not match contract deals: missing column Amount; "
						+ "columns found: Id, Name, CloseDate, IsWon.");
		}

	}

}
