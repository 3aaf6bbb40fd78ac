package io.meshline.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the committed sample sets honest: they must be exactly what the generator makes today.
 * Run with {@code -Dmeshline.samples.regenerate=true} to rewrite them instead.
 */
class SampleSetsTests {

	// Surefire runs in the module directory, which is the samples/ folder of the repository.
	private static final Path COMMITTED = Path.of("").toAbsolutePath();

	@TempDir
	Path dir;

	@Test
	void shouldMatchTheCommittedSampleSets() throws IOException {
		// given
		if (Boolean.getBoolean("meshline.samples.regenerate")) {
			SampleSets.main(new String[] { COMMITTED.toString() });
		}

		// when
		SampleSets.main(new String[] { this.dir.toString() });

		// then
		List<String> files = new ArrayList<>(List.of("README.md"));
		for (String set : SampleSets.definitions().keySet()) {
			SampleFiles.NAMES.forEach((name) -> files.add(set + "/" + name));
		}
		for (String file : files) {
			assertThat(COMMITTED.resolve(file)).as(file).exists();
			assertThat(Files.readAllBytes(COMMITTED.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(this.dir.resolve(file)));
		}
	}

	@Test
	void shouldPlantEveryKindOfFindingInEachSet() throws IOException {
		// given
		Map<String, GeneratorOptions> sets = SampleSets.definitions();

		for (Map.Entry<String, GeneratorOptions> set : sets.entrySet()) {
			// when
			GenerationResult result = SampleGenerator.generate(set.getValue(), this.dir.resolve(set.getKey()));

			// then
			assertThat(result.plantedFindings().values()).as(set.getKey()).allMatch((count) -> count > 0);
		}
	}

}
