package io.meshline.readers.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.CrmRowMapper;
import io.meshline.core.contract.RowResult;
import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.Rejection;

import static io.meshline.readers.csv.ExportReaderTests.contract;
import static io.meshline.readers.csv.ExportReaderTests.deal;
import static io.meshline.readers.csv.ExportReaderTests.readAll;
import static io.meshline.readers.csv.ExportReaderTests.rejection;
import static org.assertj.core.api.Assertions.assertThat;

class RecordChunksTests {

	private static final String HEADER = "Id,Name,Amount,CloseDate,IsWon\n";

	/** Rows read, chunk by chunk, as a reconcile reads them on several threads. */
	private record ChunkedRead(List<RowResult<CrmDeal>> rows, long rowsRead, long recoded, List<RecordChunks.Chunk> chunks) {
	}

	private static ChunkedRead readInChunks(RecordChunks source, Contract contract) throws IOException {
		List<RowResult<CrmDeal>> rows = new ArrayList<>();
		List<RecordChunks.Chunk> chunks = new ArrayList<>();
		List<String> header = null;
		long read = 0;
		long recoded = 0;
		try (source) {
			for (RecordChunks.Chunk chunk = source.next(); chunk != null; chunk = source.next()) {
				chunks.add(chunk);
				try (ExportReader<CrmDeal> reader = (chunk.index() == 0)
						? ExportReader.open(chunk.stream(), "deals.csv", contract, CrmRowMapper::bind)
						: ExportReader.openPart(chunk.stream(), "deals.csv", contract, CrmRowMapper::bind, header,
								chunk.linesBefore())) {
					header = (header != null) ? header : reader.header();
					reader.forEachRemaining(rows::add);
					read += reader.rowsRead();
					recoded += reader.recodedLines();
				}
				source.release(chunk); // its array takes a later chunk, as in a reconcile
				source.release(chunk);
			}
		}
		assertThat(chunks).extracting(RecordChunks.Chunk::index).containsExactly(
				java.util.stream.IntStream.range(0, chunks.size()).boxed().toArray(Integer[]::new));
		return new ChunkedRead(rows, read, recoded, chunks);
	}

	private static ChunkedRead readInChunks(byte[] bytes, Contract contract, int target) throws IOException {
		return readInChunks(RecordChunks.of(bytes, contract, target), contract);
	}

	/** Cut at every possible size, the rows must be the whole file's, line numbers and rejections included. */
	private static void assertSameRowsAtEveryChunkSize(byte[] bytes, Contract contract) throws IOException {
		List<RowResult<CrmDeal>> whole = readAll(bytes, contract);
		long recoded;
		try (ExportReader<CrmDeal> reader = ExportReader.open(new java.io.ByteArrayInputStream(bytes), "deals.csv",
				contract, CrmRowMapper::bind)) {
			reader.forEachRemaining((row) -> {
			});
			recoded = reader.recodedLines();
		}
		int mostChunks = 0;
		for (int target = 1; target <= bytes.length + 1; target++) {
			ChunkedRead chunked = readInChunks(bytes, contract, target);
			assertThat(chunked.rows()).as("rows cut at %d bytes", target).isEqualTo(whole);
			assertThat(chunked.rowsRead()).as("rows read cut at %d bytes", target).isEqualTo(whole.size());
			assertThat(chunked.recoded()).as("recoded lines cut at %d bytes", target).isEqualTo(recoded);
			assertThat(chunked.chunks().stream().mapToInt(RecordChunks.Chunk::length).sum()).isEqualTo(bytes.length);
			mostChunks = Math.max(mostChunks, chunked.chunks().size());
		}
		assertThat(mostChunks).as("the file was cut at all").isGreaterThanOrEqualTo(3);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void shouldReadQuotedLineBreaksAndEscapedQuotesAcrossEveryCut() throws IOException {
		// given: LF, CRLF and lone CR inside quotes, escaped quotes, a quote inside an unquoted field
		String csv = HEADER + "A1,\"Two\nlines, and a comma\",10,2026-01-01,1\n"
				+ "A2,\"Say \"\"hi\"\"\n\"\"there\"\"\",20,2026-01-02,\n" + "A3,5\" disk,30,2026-01-03,1\n"
				+ "A4,\"crlf\r\ninside\",40,2026-01-04,\n" + "A5,\"lone\rcr\",50,2026-01-05,1\n"
				+ "\"A6\",\"\",60,2026-01-06,\n" + "A7,\"\"\"\n\"\"\",70,2026-01-07,1\n";
		// when // then
		assertSameRowsAtEveryChunkSize(utf8(csv), contract(null));
	}

	@Test
	void shouldNeverCutInsideAQuotedField() throws IOException {
		// given: the target falls inside a quoted field that spans three lines
		String first = HEADER + "A1,\"one\ntwo\nthree\",10,2026-01-01,1\n";
		String csv = first + "A2,x,20,2026-01-02,\n";
		// when
		ChunkedRead chunked = readInChunks(utf8(csv), contract(null), HEADER.length() + 8);
		// then
		assertThat(chunked.chunks()).hasSize(2);
		assertThat(chunked.chunks().get(0).length()).isEqualTo(first.length());
		assertThat(chunked.chunks().get(1).linesBefore()).isEqualTo(4);
		assertThat(deal(chunked.rows().get(0)).dealName()).isEqualTo("one\ntwo\nthree");
		assertThat(chunked.rows()).extracting(RowResult::line).containsExactly(2L, 5L);
	}

	@Test
	void shouldNameTheFilesLineOfARejectionInALaterChunk() throws IOException {
		// given
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 40; i++) {
			csv.append("A").append(i).append(",\"name\r\n").append(i).append("\",10,2026-01-01,1\r\n");
		}
		csv.append("B1,x,10,2026-01-01\r\n"); // four columns, on line 82
		// when
		ChunkedRead chunked = readInChunks(utf8(csv.toString()), contract(null), 100);
		// then
		assertThat(chunked.chunks().size()).isGreaterThan(10);
		Rejection rejection = rejection(chunked.rows().get(40));
		assertThat(rejection.describe()).isEqualTo("line 82 of deals.csv: expected 5 columns, found 4");
		assertThat(rejection.rawLine()).isEqualTo("B1,x,10,2026-01-01");
		assertThat(chunked.rows().get(39).line()).isEqualTo(80);
	}

	@Test
	void shouldSkipCommentLinesWithQuotesAtEveryCut() throws IOException {
		// given: a comment with an odd quote would open a field if it were data
		String csv = "# exported \"2026-10-31\n" + HEADER + "# a \"note\nA1,x,10,2026-01-01,1\n#\"\n\n"
				+ "A2,\"y\n# not a comment\",20,2026-01-02,\n# \"last\nA3,z,30,2026-01-03,1\n";
		// when // then
		assertSameRowsAtEveryChunkSize(utf8(csv), contract("#"));
		assertThat(readAll(utf8(csv), contract("#"))).extracting(RowResult::line).containsExactly(4L, 7L, 10L);
	}

	@Test
	void shouldKeepTheHeaderInTheFirstChunkAfterCommentsAndBlankLines() throws IOException {
		// given: lines before the header that are skipped, one of them blank in Unicode only
		String csv = "# exported\n\n\u3000\u2003\n#\"\n" + HEADER + "A1,x,10,2026-01-01,1\nA2,y,20,2026-01-02,\n";
		// when
		ChunkedRead chunked = readInChunks(utf8(csv), contract("#"), 1);
		// then
		assertThat(chunked.chunks().get(0).length()).isEqualTo(utf8(csv.substring(0, csv.indexOf("A1"))).length);
		assertThat(chunked.rows()).extracting(RowResult::line).containsExactly(6L, 7L);
		assertSameRowsAtEveryChunkSize(utf8(csv), contract("#"));
	}

	@Test
	void shouldReadHashLinesAsDataWithoutACommentPrefix() throws IOException {
		// given: without a prefix, "#\"..." starts with a plain field, so its quote is text
		String csv = HEADER + "#1,\"q\nr\",10,2026-01-01,1\n\"#2\",x,20,2026-01-02,\n";
		// when // then
		assertSameRowsAtEveryChunkSize(utf8(csv), contract(null));
	}

	@Test
	void shouldReadCrlfFilesWithABomAndBlankLinesAcrossEveryCut() throws IOException {
		// given
		String csv = "\uFEFF" + HEADER.replace("\n", "\r\n") + "\r\nA1,\"x\r\ny\",10,2026-01-01,1\r\n   \r\n"
				+ "A2,z,20,2026-01-02,\r\r\n\uFEFFA3,w,30,2026-01-03,1\r\n";
		// when // then
		assertSameRowsAtEveryChunkSize(utf8(csv), contract(null));
		assertThat(readAll(utf8(csv), contract(null))).extracting(RowResult::line).containsExactly(3L, 6L, 8L);
	}

	@Test
	void shouldReadAQuotedHeaderAfterABom() throws IOException {
		// given
		String csv = "\uFEFF\"Id\",Name,Amount,CloseDate,IsWon\n\"A1\",\"x\ny\",10,2026-01-01,1\nA2,z,20,2026-01-02,\n";
		// when // then
		assertSameRowsAtEveryChunkSize(utf8(csv), contract(null));
	}

	@Test
	void shouldKeepRepeatedHeadersNulsAndRecodedLinesAcrossEveryCut() throws IOException {
		// given
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(utf8(HEADER + "A1,Café Zoë,10,2026-01-01,1\n"));
		bytes.writeBytes("A2,\"Müller\nGmbH\",20,2026-01-02,\n".getBytes(StandardCharsets.ISO_8859_1));
		bytes.writeBytes(utf8(HEADER + "A3,x\u0000y,30,2026-01-03,1\nA4,\"Crème \uFFFD\",oops,2026-01-04,\n"));
		// when // then
		assertSameRowsAtEveryChunkSize(bytes.toByteArray(), contract(null));
	}

	@Test
	void shouldRejectTheLastRowOfAFileCutOffInsideQuotesInTheLastChunk() throws IOException {
		// given
		String csv = HEADER + "A1,x,10,2026-01-01,1\nA2,y,20,2026-01-02,\nA3,\"cut off\nin the \"\"mid";
		// when
		ChunkedRead chunked = readInChunks(utf8(csv), contract(null), 1);
		// then
		assertThat(chunked.chunks()).hasSize(4);
		assertThat(chunked.rows()).hasSize(3);
		Rejection rejection = rejection(chunked.rows().get(2));
		assertThat(rejection.describe()).isEqualTo("line 4 of deals.csv: the file ends inside a quoted field, "
				+ "so this last row is incomplete (was the export cut off?)");
		assertThat(rejection.rawLine()).isEqualTo("A3,\"cut off\nin the \"\"mid");
		assertSameRowsAtEveryChunkSize(utf8(csv), contract(null));
	}

	@Test
	void shouldCutARealFileIntoChunksOfAboutTheTarget(@TempDir Path dir) throws IOException {
		// given
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < 20_000; i++) {
			csv.append("D").append(i).append((i % 7 == 0) ? ",\"multi\nline\"" : ",plain").append(",10,2026-01-01,1\n");
		}
		Path file = dir.resolve("deals.csv");
		Files.writeString(file, csv);
		RecordChunks source = RecordChunks.open(file, contract(null), 64 * 1024);
		assertThat(source.unclaimedBytes()).isEqualTo(Files.size(file));
		// when
		ChunkedRead chunked = readInChunks(source, contract(null));
		// then
		assertThat(source.unclaimedBytes()).isZero();
		assertThat(chunked.chunks().size()).isBetween(5, 10);
		assertThat(chunked.chunks().subList(0, chunked.chunks().size() - 1))
			.allSatisfy((chunk) -> assertThat(chunk.length()).isBetween(64 * 1024, 64 * 1024 + 40));
		assertThat(chunked.rows()).isEqualTo(readAll(Files.readAllBytes(file), contract(null)));
		assertThat(chunked.rows()).hasSize(20_000);
	}

	@Test
	void shouldCutOnlyFilesWhoseDelimitersAndQuotesAreSingleBytes() {
		// given
		Contract utf8 = contract("#");
		Contract utf16 = new Contract("deals", utf8.side(), null, ',', "UTF-16", null, "USD", false, utf8.fields(),
				utf8.wonRules(), null);
		Contract latin1 = new Contract("deals", utf8.side(), null, ';', "ISO-8859-1", null, "USD", false,
				utf8.fields(), utf8.wonRules(), null);
		Contract section = new Contract("deals", utf8.side(), null, '§', "UTF-8", null, "USD", false, utf8.fields(),
				utf8.wonRules(), null);
		Contract pilcrow = new Contract("deals", utf8.side(), null, ',', "UTF-8", "¶", "USD", false, utf8.fields(),
				utf8.wonRules(), null);
		// when // then
		assertThat(RecordChunks.splittable(utf8)).isTrue();
		assertThat(RecordChunks.splittable(latin1)).isTrue();
		assertThat(RecordChunks.splittable(utf16)).isFalse();
		assertThat(RecordChunks.splittable(section)).isFalse();
		assertThat(RecordChunks.splittable(pilcrow)).isFalse();
	}

}
