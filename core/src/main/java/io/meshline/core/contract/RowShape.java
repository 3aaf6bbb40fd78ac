package io.meshline.core.contract;

import io.meshline.core.model.Rejection;

/**
 * The checks every row passes before its fields are read, shared by the CRM and ERP mappers.
 */
final class RowShape {

	private RowShape() {
	}

	/** A rejection when {@code values} does not have one field per header column, else {@code null}. */
	static Rejection checkColumnCount(Binding binding, String[] values, long line, String raw, String recordId) {
		if (values.length == binding.columnCount()) {
			return null;
		}
		return new Rejection(binding.file, line, null,
				"expected " + binding.columnCount() + " columns, found " + values.length, raw, recordId);
	}

	/** The row's id as written, for rejections; {@code null} when it cannot be read. */
	static String recordId(BoundField id, String[] values) {
		try {
			return id.text(values);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** The row's currency, else the contract's default; rejects unknown codes and rows with neither. */
	static String currency(Binding binding, CanonicalField field, String[] values) {
		BoundField bound = binding.field(field);
		String fallback = binding.contract.defaultCurrency();
		if (bound != null) {
			return bound.currency(values, fallback);
		}
		if (fallback == null) {
			throw new RowRejectedException(null, "the contract maps no currency column and has no default currency");
		}
		return fallback;
	}

	static <T> RowResult<T> rejected(Binding binding, RowRejectedException ex, long line, String raw, String id) {
		return new RowResult.Rejected<>(new Rejection(binding.file, line, ex.column(), ex.getMessage(), raw, id));
	}

}
