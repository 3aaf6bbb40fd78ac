package io.meshline.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.meshline.jobs.cli.MeshlineCli;

/**
 * The Meshline application. {@code main} hands the arguments to the command line, which starts a
 * Spring context only for the commands that need the database, and exits with the command's code.
 */
@SpringBootApplication
public class MeshlineApplication {

	public static void main(String[] args) {
		System.exit(MeshlineCli.run(args));
	}

}
