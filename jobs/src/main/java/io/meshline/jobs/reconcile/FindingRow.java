package io.meshline.jobs.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.meshline.core.money.CurrencyScale;
import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

/** A row of {@code ML_FINDING} read back as the {@link Finding} that was stored, amounts at scale. */
public final class FindingRow {

	private FindingRow() {
	}

	/** The finding on the current row of {@code rs}. */
	public static Finding read(ResultSet rs) throws SQLException {
		String currency = rs.getString("CURRENCY").trim();
		String erpIds = rs.getString("ERP_IDS");
		List<String> ids = erpIds.isEmpty() ? List.of() : Arrays.asList(erpIds.split("\\|", -1));
		return new Finding(FindingType.valueOf(rs.getString("FINDING")), rs.getString("CRM_ID"), ids,
				rs.getString("CRM_ACCOUNT"), rs.getString("ERP_CUSTOMER"), currency,
				money(rs.getBigDecimal("CRM_AMOUNT"), currency), money(rs.getBigDecimal("ERP_AMOUNT"), currency),
				money(rs.getBigDecimal("DELTA"), currency), rs.getObject("CLOSE_DATE", LocalDate.class),
				rs.getObject("FIRST_INVOICE_DATE", LocalDate.class), rs.getString("OWNER"),
				money(rs.getBigDecimal("AT_RISK"), currency), money(rs.getBigDecimal("OVER_BILLED"), currency),
				rs.getString("DETAIL"));
	}

	/**
	 * {@code finding} as {@code ML_FINDING} keeps it and {@link #read} gives it back: texts cut to their
	 * columns, invoice ids through their {@code |}-joined column, amounts at the currency's scale. What
	 * is stored is this, so that a run's findings read from the database or kept in files are equal.
	 */
	public static Finding asStored(Finding f) {
		String currency = f.currency().trim();
		String erpIds = String.join("|", f.erpIds());
		List<String> ids = erpIds.isEmpty() ? List.of() : Arrays.asList(erpIds.split("\\|", -1));
		return new Finding(f.type(), (f.crmId() != null) ? f.crmId() : "", ids, Text.fit(f.crmAccount(), 1024),
				Text.fit(f.erpCustomer(), 4096), currency, money(f.crmAmount(), currency), money(f.erpAmount(), currency),
				money(f.delta(), currency), f.closeDate(), f.firstInvoiceDate(), Text.fit(f.owner(), 256),
				money(f.atRisk(), currency), money(f.overBilled(), currency), Text.fit(f.detail(), 16384));
	}

	private static BigDecimal money(BigDecimal stored, String currency) {
		return (stored != null) ? CurrencyScale.atScale(stored, currency) : null;
	}

}
