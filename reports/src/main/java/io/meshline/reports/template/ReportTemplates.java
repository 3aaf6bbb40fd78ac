package io.meshline.reports.template;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The compiled report templates ({@code .jasper}, compiled from {@code src/main/jasperreports} by
 * the build), loaded from the class path once each. Thread-safe.
 */
public final class ReportTemplates {

	private static final String FOLDER = "io/meshline/reports/template/";

	private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

	/** The template called {@code name} (the file name without {@code .jasper}). */
	public JasperReport get(String name) {
		return this.loaded.computeIfAbsent(name, ReportTemplates::load);
	}

	private static JasperReport load(String name) {
		String resource = FOLDER + name + ".jasper";
		try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The report template " + resource
						+ " is not on the class path; the build compiles it from src/main/jasperreports.");
			}
			return (JasperReport) JRLoader.loadObject(in);
		}
		catch (IOException | JRException ex) {
			throw new IllegalStateException("Could not load the report template " + resource + ".", ex);
		}
	}

}
