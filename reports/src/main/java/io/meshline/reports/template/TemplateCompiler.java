package io.meshline.reports.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} of a folder to a {@code .jasper} of the same name, at build time
 * (the build runs it in a forked JVM with a plain class path). Compiling at run time would fail
 * inside the fat jar, where the Java compiler cannot see the nested jars.
 */
public final class TemplateCompiler {

	private TemplateCompiler() {
	}

	/**
	 * @param args the folder of {@code .jrxml} files, then the folder to write {@code .jasper} files to
	 */
	public static void main(String[] args) throws IOException, JRException {
		if (args.length != 2) {
			throw new IllegalArgumentException("Usage: TemplateCompiler SOURCE_DIR TARGET_DIR");
		}
		Path source = Path.of(args[0]);
		Path target = Path.of(args[1]);
		Files.createDirectories(target);
		List<Path> templates;
		try (Stream<Path> files = Files.list(source)) {
			templates = files.filter((file) -> file.getFileName().toString().endsWith(".jrxml")).sorted().toList();
		}
		for (Path template : templates) {
			String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
			try {
				JasperCompileManager.compileReportToFile(template.toString(), target.resolve(name).toString());
			}
			catch (JRException ex) {
				throw new JRException("Could not compile " + template + ": " + ex.getMessage(), ex);
			}
		}
	}

}
