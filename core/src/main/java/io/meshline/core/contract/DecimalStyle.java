package io.meshline.core.contract;

/**
 * How an export writes decimal numbers: which character separates the decimals and which one
 * groups thousands.
 */
public enum DecimalStyle {

	/** {@code 1,234.56}: the English-speaking world and most CRMs. */
	POINT('.', ','),

	/** {@code 1.234,56}: most of continental Europe and South America. */
	COMMA(',', '.');

	private final char decimalSeparator;

	private final char groupingSeparator;

	DecimalStyle(char decimalSeparator, char groupingSeparator) {
		this.decimalSeparator = decimalSeparator;
		this.groupingSeparator = groupingSeparator;
	}

	public char decimalSeparator() {
		return this.decimalSeparator;
	}

	public char groupingSeparator() {
		return this.groupingSeparator;
	}

}
