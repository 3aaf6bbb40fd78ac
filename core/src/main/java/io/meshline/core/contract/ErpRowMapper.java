package io.meshline.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.meshline.core.model.ErpInvoice;
import io.meshline.core.model.Rejection;

/**
 * Maps rows of an ERP export to {@link ErpInvoice}s under a contract bound to the file's header.
 * For contracts with {@link Contract#lines()} each row is one invoice line; summing lines is the
 * job's business, not this mapper's. Never throws for bad data; immutable and thread-safe.
 */
public final class ErpRowMapper implements RowMapper<ErpInvoice> {

	private final Binding binding;

	private final BoundField id;

	private final FlagRule notLive;

	private final int notLiveIndex;

	private ErpRowMapper(Binding binding) {
		this.binding = binding;
		this.id = binding.field(CanonicalField.INVOICE_ID);
		this.notLive = binding.contract.notLive();
		this.notLiveIndex = (this.notLive != null) ? binding.indexOf(this.notLive) : -1;
	}

	/**
	 * Binds an ERP contract to a file's header.
	 * @throws ContractViolationException when the header lacks a required column
	 * @throws IllegalArgumentException when {@code contract} is not an ERP contract
	 */
	public static ErpRowMapper bind(Contract contract, String file, List<String> header) {
		if (contract.side() != Side.ERP) {
			throw new IllegalArgumentException("Contract " + contract.name() + " reads CRM exports, not ERP ones.");
		}
		return new ErpRowMapper(new Binding(contract, file, header));
	}

	@Override
	public RowResult<ErpInvoice> map(String[] values, long line, String raw) {
		String invoiceId = RowShape.recordId(this.id, values);
		Rejection shape = RowShape.checkColumnCount(this.binding, values, line, raw, invoiceId);
		if (shape != null) {
			return new RowResult.Rejected<>(shape);
		}
		try {
			return new RowResult.Accepted<>(invoice(values, line), line);
		}
		catch (RowRejectedException ex) {
			return RowShape.rejected(this.binding, ex, line, raw, invoiceId);
		}
	}

	private ErpInvoice invoice(String[] values, long line) {
		String invoiceId = this.id.checkedText(values);
		LocalDate invoiceDate = this.binding.field(CanonicalField.INVOICE_DATE).date(values);
		String currency = RowShape.currency(this.binding, CanonicalField.INVOICE_CURRENCY, values);
		BigDecimal amount = this.binding.field(CanonicalField.INVOICE_AMOUNT).amount(values, currency);
		// No status column means the ledger exports live invoices only.
		boolean live = this.notLiveIndex < 0 || !this.notLive.matches(values[this.notLiveIndex]);
		return new ErpInvoice(invoiceId, text(CanonicalField.DOCUMENT_NUMBER, values), invoiceDate,
				text(CanonicalField.CUSTOMER_ID, values), text(CanonicalField.CUSTOMER_NAME, values),
				text(CanonicalField.DEAL_REF, values), currency, amount, live, text(CanonicalField.STATUS, values),
				line);
	}

	private String text(CanonicalField field, String[] values) {
		BoundField bound = this.binding.field(field);
		return (bound != null) ? bound.checkedText(values) : null;
	}

}
