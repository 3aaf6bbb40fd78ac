package io.meshline.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.Rejection;

/**
 * Maps rows of a CRM export to {@link CrmDeal}s under a contract bound to the file's header.
 * A won deal with a negative amount is rejected: a refund is not a sale. Never throws for bad
 * data; immutable and thread-safe.
 */
public final class CrmRowMapper implements RowMapper<CrmDeal> {

	private final Binding binding;

	private final BoundField id;

	private final int[] wonIndexes;

	private CrmRowMapper(Binding binding) {
		this.binding = binding;
		this.id = binding.field(CanonicalField.DEAL_ID);
		List<FlagRule> rules = binding.contract.wonRules();
		this.wonIndexes = rules.stream().mapToInt(binding::indexOf).toArray();
	}

	/**
	 * Binds a CRM contract to a file's header.
	 * @throws ContractViolationException when the header lacks a required column, or every won-rule column
	 * @throws IllegalArgumentException when {@code contract} is not a CRM contract
	 */
	public static CrmRowMapper bind(Contract contract, String file, List<String> header) {
		if (contract.side() != Side.CRM) {
			throw new IllegalArgumentException("Contract " + contract.name() + " reads ERP exports, not CRM ones.");
		}
		return new CrmRowMapper(new Binding(contract, file, header));
	}

	@Override
	public RowResult<CrmDeal> map(String[] values, long line, String raw) {
		String dealId = RowShape.recordId(this.id, values);
		Rejection shape = RowShape.checkColumnCount(this.binding, values, line, raw, dealId);
		if (shape != null) {
			return new RowResult.Rejected<>(shape);
		}
		try {
			return new RowResult.Accepted<>(deal(values, line), line);
		}
		catch (RowRejectedException ex) {
			return RowShape.rejected(this.binding, ex, line, raw, dealId);
		}
	}

	private CrmDeal deal(String[] values, long line) {
		String dealId = this.id.checkedText(values);
		String currency = RowShape.currency(this.binding, CanonicalField.DEAL_CURRENCY, values);
		BoundField amountField = this.binding.field(CanonicalField.DEAL_AMOUNT);
		boolean won = won(values);
		// Open and lost deals often have no amount or close date yet; they still exist, so an invoice
		// that references one is a status conflict, not an orphan. A won deal must have both.
		BigDecimal amount = won ? amountField.amount(values, currency) : amountField.optionalAmount(values, currency);
		BoundField closeField = this.binding.field(CanonicalField.CLOSE_DATE);
		LocalDate closeDate = won ? closeField.date(values) : closeField.optionalDate(values);
		if (won && amount.signum() < 0) {
			throw new RowRejectedException(amountField.column(),
					"the deal is won but its amount " + amount.toPlainString() + " is negative");
		}
		return new CrmDeal(dealId, text(CanonicalField.ACCOUNT_ID, values), text(CanonicalField.ACCOUNT_NAME, values),
				text(CanonicalField.DEAL_NAME, values), text(CanonicalField.STAGE, values), won, amount, currency,
				closeDate, text(CanonicalField.OWNER, values), line);
	}

	private boolean won(String[] values) {
		List<FlagRule> rules = this.binding.contract.wonRules();
		for (int i = 0; i < this.wonIndexes.length; i++) {
			int index = this.wonIndexes[i];
			if (index >= 0 && rules.get(i).matches(values[index])) {
				return true;
			}
		}
		return false;
	}

	private String text(CanonicalField field, String[] values) {
		BoundField bound = this.binding.field(field);
		return (bound != null) ? bound.checkedText(values) : null;
	}

}
