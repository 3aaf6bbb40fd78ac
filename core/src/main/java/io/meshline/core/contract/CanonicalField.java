package io.meshline.core.contract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The canonical fields a contract maps export columns to, with the side they belong to, whether
 * every contract must map them and how their text is interpreted. The derived flags {@code won}
 * and {@code live} are not fields: contracts state them as rules.
 */
public enum CanonicalField {

	DEAL_ID(Side.CRM, "deal_id", true, Kind.TEXT),
	ACCOUNT_ID(Side.CRM, "account_id", false, Kind.TEXT),
	ACCOUNT_NAME(Side.CRM, "account_name", false, Kind.TEXT),
	DEAL_NAME(Side.CRM, "deal_name", false, Kind.TEXT),
	STAGE(Side.CRM, "stage", false, Kind.TEXT),
	DEAL_AMOUNT(Side.CRM, "amount", true, Kind.AMOUNT),
	DEAL_CURRENCY(Side.CRM, "currency", false, Kind.CURRENCY),
	CLOSE_DATE(Side.CRM, "close_date", true, Kind.DATE),
	OWNER(Side.CRM, "owner", false, Kind.TEXT),

	INVOICE_ID(Side.ERP, "invoice_id", true, Kind.TEXT),
	DOCUMENT_NUMBER(Side.ERP, "document_number", false, Kind.TEXT),
	INVOICE_DATE(Side.ERP, "invoice_date", true, Kind.DATE),
	CUSTOMER_ID(Side.ERP, "customer_id", false, Kind.TEXT),
	CUSTOMER_NAME(Side.ERP, "customer_name", false, Kind.TEXT),
	DEAL_REF(Side.ERP, "deal_ref", false, Kind.TEXT),
	INVOICE_CURRENCY(Side.ERP, "currency", false, Kind.CURRENCY),
	INVOICE_AMOUNT(Side.ERP, "amount", true, Kind.AMOUNT),
	STATUS(Side.ERP, "status", false, Kind.TEXT);

	/** How a field's text is turned into a value. */
	public enum Kind {

		TEXT, AMOUNT, DATE, CURRENCY

	}

	private final Side side;

	private final String key;

	private final boolean required;

	private final Kind kind;

	CanonicalField(Side side, String key, boolean required, Kind kind) {
		this.side = side;
		this.key = key;
		this.required = required;
		this.kind = kind;
	}

	/** The field of {@code side} whose contract key is {@code key}, or empty when there is none. */
	public static Optional<CanonicalField> of(Side side, String key) {
		return Arrays.stream(values()).filter((f) -> f.side == side && f.key.equals(key)).findFirst();
	}

	public Side side() {
		return this.side;
	}

	/** The name used in contract files, for example {@code deal_id}. */
	public String key() {
		return this.key;
	}

	/** Whether every contract of the side must map this field; such fields are always required. */
	public boolean required() {
		return this.required;
	}

	public Kind kind() {
		return this.kind;
	}

}
