package io.meshline.jobs.cli;

/** Ends a command with a documented exit code and a message for the person who ran it. */
public final class MeshlineExit extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int code;

	public MeshlineExit(int code, String message) {
		super(message);
		this.code = code;
	}

	public static MeshlineExit usage(String message) {
		return new MeshlineExit(ExitCodes.USAGE, message);
	}

	public int code() {
		return this.code;
	}

}
