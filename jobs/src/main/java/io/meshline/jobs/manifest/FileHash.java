package io.meshline.jobs.manifest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SHA-256 of a file, by the platform's {@code openssl} or {@code sha256sum} when one is on the
 * {@code PATH}, else by the JVM. The launcher runs the JVM with its quick compiler only, which has
 * no SHA-256 intrinsic: the JVM then hashes at about 130 MB/s, where {@code openssl} uses the CPU's
 * SHA instructions (over 1 GB/s here, {@code sha256sum} about 400 MB/s). Hashing a run's exports was
 * a seventh of a 1M-deal reconcile's CPU, spent while the application starts. Any failure of the
 * tool (missing, killed, output that is not a hash) falls back to the JVM, so the hash never depends
 * on the tool being there.
 */
public final class FileHash {

	private static final int BUFFER = 1 << 16;

	private static final Pattern HEX = Pattern.compile("^\\\\?([0-9a-fA-F]{64})\\b");

	/** The commands tried in order, the file's path appended to each. */
	static final List<List<String>> TOOLS = List.of(List.of("openssl", "dgst", "-sha256", "-r"),
			List.of("sha256sum", "-b"), List.of("shasum", "-a", "256", "-b"));

	private static final Optional<List<String>> TOOL = findTool(System.getenv("PATH"));

	private FileHash() {
	}

	/** The file's SHA-256, lower-case hex. */
	public static String sha256(Path file) throws IOException {
		if (TOOL.isPresent()) {
			Optional<String> hash = byTool(TOOL.get(), file);
			if (hash.isPresent()) {
				return hash.get();
			}
		}
		return byJvm(file);
	}

	/** By the JVM's own SHA-256. */
	static String byJvm(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
		try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
			while (in.read(buffer) >= 0) {
				buffer.flip();
				digest.update(buffer);
				buffer.clear();
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** By {@code command} with the file's path appended; empty when the tool did not give a hash. */
	static Optional<String> byTool(List<String> command, Path file) {
		List<String> full = new ArrayList<>(command);
		full.add(file.toAbsolutePath().toString());
		try {
			Process process = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			process.getOutputStream().close();
			String out;
			try (InputStream in = process.getInputStream()) {
				out = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
			}
			if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
				process.destroyForcibly();
				return Optional.empty();
			}
			Matcher hex = HEX.matcher(out);
			return hex.find() ? Optional.of(hex.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** The first of {@link #TOOLS} whose program is an executable file on {@code path}. */
	static Optional<List<String>> findTool(String path) {
		if (path == null || path.isBlank()) {
			return Optional.empty();
		}
		for (List<String> tool : TOOLS) {
			for (String directory : path.split(File.pathSeparator)) {
				if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, tool.get(0)))) {
					return Optional.of(tool);
				}
			}
		}
		return Optional.empty();
	}

}
