package io.meshline.readers.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.ContractViolationException;
import io.meshline.core.contract.CrmRowMapper;
import io.meshline.core.contract.ErpRowMapper;
import io.meshline.core.contract.RowMapper;
import io.meshline.core.contract.RowResult;
import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.model.Rejection;

/**
 * Reads an export under a contract, one {@link RowResult} per data row: the canonical record with
 * its line, or a rejection naming file, line, column and reason with the row's raw text. The
 * header is checked when the reader is opened. A file cut off inside a quoted field ends with a
 * rejection of its last row, not an exception. Not thread-safe; close it when done.
 *
 * @param <T> the canonical record type
 */
public final class ExportReader<T> implements Iterator<RowResult<T>>, Closeable {

	private final String file;

	private final InputStream input;

	private final RecordStream records;

	private final RowMapper<T> mapper;

	private String[] header;

	private RowResult<T> next;

	private boolean truncationReported;

	private long rowsRead;

	private ExportReader(InputStream input, String file, Contract contract, RowMapper.Factory<T> factory)
			throws IOException {
		this.file = file;
		this.input = input;
		this.records = new RecordStream(input, Charset.forName(contract.encoding()), contract.delimiter(),
				contract.commentPrefix());
		this.mapper = factory.bind(contract, file, header(contract));
	}

	private ExportReader(InputStream input, String file, Contract contract, RowMapper.Factory<T> factory,
			List<String> header, long linesBefore) throws IOException {
		this.file = file;
		this.input = input;
		this.records = new RecordStream(input, Charset.forName(contract.encoding()), contract.delimiter(),
				contract.commentPrefix(), false, linesBefore);
		this.header = header.toArray(new String[0]);
		this.mapper = factory.bind(contract, file, header);
	}

	/** Opens a CRM export. The file name in messages is {@code file} as given. */
	public static ExportReader<CrmDeal> crm(Path file, Contract contract) throws IOException {
		return open(file, contract, CrmRowMapper::bind);
	}

	/** Opens an ERP export. The file name in messages is {@code file} as given. */
	public static ExportReader<ErpInvoice> erp(Path file, Contract contract) throws IOException {
		return open(file, contract, ErpRowMapper::bind);
	}

	/**
	 * Opens an export file.
	 * @throws ContractViolationException when the file is empty or its header lacks a required column
	 */
	public static <T> ExportReader<T> open(Path file, Contract contract, RowMapper.Factory<T> factory)
			throws IOException {
		return open(Files.newInputStream(file), file.toString(), contract, factory);
	}

	/**
	 * Reads an export from a stream, which the reader closes.
	 * @param file the name used in messages
	 * @throws ContractViolationException when the input is empty or its header lacks a required column
	 */
	public static <T> ExportReader<T> open(InputStream input, String file, Contract contract,
			RowMapper.Factory<T> factory) throws IOException {
		try {
			return new ExportReader<>(input, file, contract, factory);
		}
		catch (IOException | RuntimeException ex) {
			input.close();
			throw ex;
		}
	}

	/**
	 * Reads a later part of an export: whole records that start right after the first
	 * {@code linesBefore} physical lines of the file, as {@link RecordChunks} cuts them. The part has
	 * no header of its own: {@code header} is the file's, as {@link #header()} read it. Rows carry the
	 * file's line numbers, and a part that ends inside a quoted field ends with a rejection of its
	 * last row, as a whole file does. The reader closes the stream.
	 * @param file the name used in messages
	 */
	public static <T> ExportReader<T> openPart(InputStream input, String file, Contract contract,
			RowMapper.Factory<T> factory, List<String> header, long linesBefore) throws IOException {
		try {
			return new ExportReader<>(input, file, contract, factory, header, linesBefore);
		}
		catch (IOException | RuntimeException ex) {
			input.close();
			throw ex;
		}
	}

	/** The file's header as read, cell by cell. */
	public List<String> header() {
		return List.of(this.header);
	}

	private List<String> header(Contract contract) {
		RecordStream.Parsed header = this.records.next();
		if (header == null) {
			if (this.records.truncated() != null) {
				throw new ContractViolationException(this.file + " ends inside a quoted field of its header.");
			}
			throw ContractViolationException.empty(this.file, contract);
		}
		this.header = header.values();
		return List.of(header.values());
	}

	@Override
	public boolean hasNext() {
		if (this.next == null) {
			this.next = read();
		}
		return this.next != null;
	}

	@Override
	public RowResult<T> next() {
		if (!hasNext()) {
			throw new NoSuchElementException("No more rows in " + this.file + ".");
		}
		RowResult<T> result = this.next;
		this.next = null;
		return result;
	}

	/**
	 * The next row's result, or {@code null} after the last row.
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public RowResult<T> read() {
		if (this.next != null) {
			RowResult<T> result = this.next;
			this.next = null;
			return result;
		}
		RecordStream.Parsed parsed = this.records.next();
		if (parsed != null) {
			this.rowsRead++;
			if (Arrays.equals(parsed.values(), this.header)) {
				// two exports joined with `cat` repeat the header: say so rather than blame one of its cells
				return new RowResult.Rejected<>(new Rejection(this.file, parsed.physical().line(), null,
						"this row repeats the header (were two exports joined into one file?)", parsed.physical().text(),
						null));
			}
			int nul = (parsed.physical().text().indexOf('\u0000') < 0) ? -1 : columnWithNul(parsed.values());
			if (nul >= 0) {
				// no database stores U+0000 in text (PostgreSQL refuses it), and no export means it
				return new RowResult.Rejected<>(new Rejection(this.file, parsed.physical().line(), columnName(nul),
						"the cell holds a NUL byte (binary data in a text export?)",
						parsed.physical().text().replace('\u0000', '\u2400'), null));
			}
			return this.mapper.map(parsed.values(), parsed.physical().line(), parsed.physical().text());
		}
		PhysicalRecord truncated = this.records.truncated();
		if (truncated != null && !this.truncationReported) {
			this.truncationReported = true;
			this.rowsRead++;
			return new RowResult.Rejected<>(new Rejection(this.file, truncated.line(), null,
					"the file ends inside a quoted field, so this last row is incomplete (was the export cut off?)",
					truncated.text(), null));
		}
		return null;
	}

	private static int columnWithNul(String[] values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i].indexOf('\u0000') >= 0) {
				return i;
			}
		}
		return -1;
	}

	private String columnName(int index) {
		return (index < this.header.length) ? this.header[index].replace("\uFEFF", "").strip() : null;
	}

	/** Rows read so far: accepted plus rejected. The header is not a row. */
	public long rowsRead() {
		return this.rowsRead;
	}

	/** Lines that were not valid UTF-8 and were decoded as windows-1252. */
	public long recodedLines() {
		return this.records.recodedLines();
	}

	/** The file name used in messages. */
	public String file() {
		return this.file;
	}

	@Override
	public void close() throws IOException {
		try {
			this.records.close();
		}
		finally {
			this.input.close();
		}
	}

}
