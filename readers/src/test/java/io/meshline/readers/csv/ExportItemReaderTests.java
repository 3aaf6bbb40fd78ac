package io.meshline.readers.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

import io.meshline.core.contract.ContractViolationException;
import io.meshline.core.contract.RowResult;
import io.meshline.core.model.CrmDeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExportItemReaderTests {

	@TempDir
	Path dir;

	private Path file(String text) throws IOException {
		return Files.writeString(this.dir.resolve("deals.csv"),
				"Id,Name,Amount,CloseDate,IsWon\n" + text);
	}

	@Test
	void shouldReadEveryRowThenNull() throws Exception {
		// given
		ExportItemReader<CrmDeal> reader = ExportItemReader.crm("crmReader", file("A1,x,10,2026-01-01,1\n"
				+ "A2,y,bad,2026-01-02,\n"), ExportReaderTests.contract(null));
		// when
		reader.open(new ExecutionContext());
		RowResult<CrmDeal> first = reader.read();
		RowResult<CrmDeal> second = reader.read();
		RowResult<CrmDeal> end = reader.read();
		reader.close();
		// then
		assertThat(first).isInstanceOf(RowResult.Accepted.class);
		assertThat(second).isInstanceOf(RowResult.Rejected.class);
		assertThat(end).isNull();
	}

	@Test
	void shouldRestartAfterTheItemsAlreadyRead() throws Exception {
		// given
		Path file = file("A1,x,10,2026-01-01,1\nA2,y,20,2026-01-02,\nA3,z,30,2026-01-03,\n");
		ExecutionContext context = new ExecutionContext();
		ExportItemReader<CrmDeal> first = ExportItemReader.crm("crmReader", file, ExportReaderTests.contract(null));
		first.open(context);
		first.read();
		first.read();
		first.update(context);
		first.close();
		// when
		ExportItemReader<CrmDeal> restarted = ExportItemReader.crm("crmReader", file,
				ExportReaderTests.contract(null));
		restarted.open(context);
		RowResult<CrmDeal> next = restarted.read();
		restarted.close();
		// then
		assertThat(ExportReaderTests.deal(next).dealId()).isEqualTo("A3");
		assertThat(next.line()).isEqualTo(4);
	}

	@Test
	void shouldFailToOpenWhenTheHeaderLacksAColumn() throws IOException {
		// given
		Path file = Files.writeString(this.dir.resolve("deals.csv"), "Id,Name\n");
		ExportItemReader<CrmDeal> reader = ExportItemReader.crm("crmReader", file, ExportReaderTests.contract(null));
		// when // then
		assertThatExceptionOfType(ItemStreamException.class).isThrownBy(() -> reader.open(new ExecutionContext()))
			.havingRootCause()
			.isInstanceOf(ContractViolationException.class)
			.withMessageStartingWith(file + " does not match contract deals: missing columns Amount, CloseDate, IsWon");
	}

}
