package io.meshline.jobs.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who the events of this process are recorded for: the global {@code --actor NAME} option (as the
 * property {@code meshline.actor}), else {@code $MESHLINE_ACTOR}, else {@code $USER}, else the
 * operating-system user Java reports.
 */
@Component
public class AuditActor {

	private final String name;

	public AuditActor(@Value("${meshline.actor:}") String configured) {
		this.name = firstOf(configured, System.getenv("MESHLINE_ACTOR"), System.getenv("USER"),
				System.getProperty("user.name"), "unknown");
	}

	public String name() {
		return this.name;
	}

	private static String firstOf(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.trim();
			}
		}
		return "unknown";
	}

}
