package io.meshline.readers.csv;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.util.Assert;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.CrmRowMapper;
import io.meshline.core.contract.ErpRowMapper;
import io.meshline.core.contract.RowMapper;
import io.meshline.core.contract.RowResult;
import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * Spring Batch reader of an export under a contract: each item is a {@link RowResult}, so a step
 * counts read = accepted + rejected and routes rejections in its processor. Restart re-reads the
 * file and skips the items already read (the default of the base class). Set a name with
 * {@link #setName(String)}: it is the restart key. Not thread-safe.
 *
 * @param <T> the canonical record type
 */
public class ExportItemReader<T> extends AbstractItemCountingItemStreamItemReader<RowResult<T>> {

	private final Path file;

	private final Contract contract;

	private final RowMapper.Factory<T> factory;

	private ExportReader<T> reader;

	private long recodedLines;

	public ExportItemReader(Path file, Contract contract, RowMapper.Factory<T> factory) {
		Assert.notNull(file, "A file is required.");
		Assert.notNull(contract, "A contract is required.");
		Assert.notNull(factory, "A row mapper factory is required.");
		this.file = file;
		this.contract = contract;
		this.factory = factory;
	}

	/** A reader of a CRM export. */
	public static ExportItemReader<CrmDeal> crm(String name, Path file, Contract contract) {
		ExportItemReader<CrmDeal> reader = new ExportItemReader<>(file, contract, CrmRowMapper::bind);
		reader.setName(name);
		return reader;
	}

	/** A reader of an ERP export. */
	public static ExportItemReader<ErpInvoice> erp(String name, Path file, Contract contract) {
		ExportItemReader<ErpInvoice> reader = new ExportItemReader<>(file, contract, ErpRowMapper::bind);
		reader.setName(name);
		return reader;
	}

	@Override
	protected void doOpen() throws Exception {
		Assert.state(getName() != null, "A name is required: it is the key of the reader's restart state.");
		this.reader = ExportReader.open(this.file, this.contract, this.factory);
	}

	@Override
	protected RowResult<T> doRead() {
		return this.reader.read();
	}

	@Override
	protected void doClose() throws Exception {
		if (this.reader != null) {
			this.recodedLines = this.reader.recodedLines();
			this.reader.close();
			this.reader = null;
		}
	}

	/**
	 * Also records the recoded lines so far: a restart re-reads the file from its start, so the
	 * count stays whole across restarts.
	 */
	@Override
	public void update(ExecutionContext executionContext) {
		super.update(executionContext);
		executionContext.putLong(getExecutionContextKey("recoded.lines"), getRecodedLineCount());
	}

	/** Lines decoded as windows-1252 because they were not UTF-8, so far or in the last closed file. */
	public long getRecodedLineCount() {
		return (this.reader != null) ? this.reader.recodedLines() : this.recodedLines;
	}

	/** The file name used in messages. */
	public String getFile() {
		return this.file.toString();
	}

}
