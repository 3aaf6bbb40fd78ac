package io.meshline.jobs.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform tools and the JVM must give the same SHA-256 for the same file, and a tool that fails
 * or prints something else must never decide the hash.
 */
class FileHashTests {

	@TempDir
	Path dir;

	@Test
	void shouldGiveTheKnownHashOfAKnownText() throws IOException {
		Path file = Files.writeString(this.dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
		assertThat(FileHash.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(FileHash.byJvm(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void shouldAgreeWithTheJvmForEveryToolOnThisMachine() throws IOException {
		byte[] bytes = new byte[3 * 1024 * 1024 + 17];
		new Random(7).nextBytes(bytes);
		// A name a checksum tool escapes in its output.
		Path file = Files.write(this.dir.resolve("export with space\\and backslash.csv"), bytes);
		Path empty = Files.write(this.dir.resolve("empty.csv"), new byte[0]);
		int tried = 0;
		for (List<String> tool : FileHash.TOOLS) {
			if (FileHash.byTool(tool, empty).isEmpty()) {
				continue; // not installed here
			}
			tried++;
			assertThat(FileHash.byTool(tool, file)).as(tool.toString()).contains(FileHash.byJvm(file));
			assertThat(FileHash.byTool(tool, empty)).as(tool.toString()).contains(FileHash.byJvm(empty));
		}
		assertThat(FileHash.sha256(file)).isEqualTo(FileHash.byJvm(file));
		// Whatever tool the lookup picks must have been checked here.
		assertThat(tried).isGreaterThanOrEqualTo(FileHash.findTool(System.getenv("PATH")).isPresent() ? 1 : 0);
	}

	@Test
	void shouldIgnoreAToolThatFailsOrPrintsSomethingElse() throws IOException {
		Path file = Files.writeString(this.dir.resolve("a.csv"), "id,amount\n1,2\n");
		Path failing = script("failing", "#!/bin/sh\necho 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  x'\nexit 1\n");
		Path chatty = script("chatty", "#!/bin/sh\necho 'usage: no such option'\n");
		assertThat(FileHash.byTool(List.of(failing.toString()), file)).isEmpty();
		assertThat(FileHash.byTool(List.of(chatty.toString()), file)).isEmpty();
		assertThat(FileHash.byTool(List.of(this.dir.resolve("missing").toString()), file)).isEmpty();
	}

	@Test
	void shouldFindNoToolOnAPathWithoutOne() throws IOException {
		Path bin = Files.createDirectory(this.dir.resolve("bin"));
		assertThat(FileHash.findTool(bin.toString())).isEmpty();
		assertThat(FileHash.findTool("")).isEmpty();
		script("bin/sha256sum", "#!/bin/sh\n");
		assertThat(FileHash.findTool(bin.toString())).hasValueSatisfying((tool) -> assertThat(tool.get(0)).isEqualTo("sha256sum"));
	}

	private Path script(String name, String text) throws IOException {
		Path file = Files.writeString(this.dir.resolve(name), text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

}
