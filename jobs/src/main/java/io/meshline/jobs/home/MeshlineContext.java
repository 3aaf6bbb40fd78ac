package io.meshline.jobs.home;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.meshline.jobs.MeshlineApplication;

/**
 * Opens the Spring context on a data directory, holding the directory's lock for as long as the
 * context is open. PostgreSQL is chosen with {@code MESHLINE_DB_URL} (and {@code MESHLINE_DB_USER},
 * {@code MESHLINE_DB_PASSWORD}); without it the embedded HSQLDB under the data directory is used.
 */
public final class MeshlineContext implements AutoCloseable {

	private final DataDirectoryLock lock;

	private final ConfigurableApplicationContext context;

	private MeshlineContext(DataDirectoryLock lock, ConfigurableApplicationContext context) {
		this.lock = lock;
		this.context = context;
	}

	public static MeshlineContext open(MeshlineHome home) throws IOException {
		DataDirectoryLock lock = DataDirectoryLock.acquire(home);
		try {
			// As command-line arguments, the highest-precedence source: default properties would lose
			// to application.yml, and the database the user chose would be silently ignored.
			String[] arguments = properties(home).entrySet().stream()
				.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new);
			ConfigurableApplicationContext context = new SpringApplicationBuilder(MeshlineApplication.class)
				.logStartupInfo(false)
				.run(arguments);
			return new MeshlineContext(lock, context);
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	static Map<String, Object> properties(MeshlineHome home) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("meshline.home", home.root().toString());
		String url = System.getenv("MESHLINE_DB_URL");
		if (url != null && !url.isBlank()) {
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", envOr("MESHLINE_DB_USER", ""));
			properties.put("spring.datasource.password", envOr("MESHLINE_DB_PASSWORD", ""));
			properties.put("meshline.db.platform", url.startsWith("jdbc:postgresql:") ? "postgresql" : "hsqldb");
		}
		return properties;
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public <T> T bean(String name, Class<T> type) {
		return this.context.getBean(name, type);
	}

	@Override
	public void close() throws IOException {
		try {
			this.context.close();
		}
		finally {
			this.lock.close();
		}
	}

}
