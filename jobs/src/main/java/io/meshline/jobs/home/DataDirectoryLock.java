package io.meshline.jobs.home;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory, held for the life of one command. HSQLDB would refuse a
 * second process too, but only deep inside start-up and with a stack trace; taking our own lock
 * first lets the command say plainly which process holds the directory. The operating system
 * releases it when the process dies, so a {@code kill -9} never leaves it stuck.
 */
public final class DataDirectoryLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock or throws.
	 * @throws DataDirectoryBusyException when another process holds it
	 */
	public static DataDirectoryLock acquire(MeshlineHome home) throws IOException {
		Files.createDirectories(home.root());
		FileChannel channel = FileChannel.open(home.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			String holder = new String(Files.readAllBytes(home.lockFile()), StandardCharsets.UTF_8).trim();
			channel.close();
			throw new DataDirectoryBusyException("Another Meshline run holds the data directory " + home.root()
					+ (holder.isEmpty() ? "" : " (" + holder + ")")
					+ ". Wait for it to finish, or set MESHLINE_HOME to another directory.");
		}
		channel.truncate(0);
		channel.write(StandardCharsets.UTF_8.encode("process " + ProcessHandle.current().pid()));
		return new DataDirectoryLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
	}

	/** Another process holds the data directory. */
	public static final class DataDirectoryBusyException extends IOException {

		private static final long serialVersionUID = 1L;

		DataDirectoryBusyException(String message) {
			super(message);
		}

	}

}
