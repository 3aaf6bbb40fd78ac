package io.meshline.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import io.meshline.core.model.ErpInvoice;
import io.meshline.samples.SampleAccounts.SampleAccount;

/**
 * Issues invoices with the next invoice number, a status as the ledger would show it, and sends
 * them to the sink. Not thread-safe.
 */
final class InvoiceFactory {

	/** Correct invoices are dated 0 to this many days after the close date. */
	static final int ON_TIME_DAYS = 20;

	private final GeneratorOptions options;

	private final SampleIds ids;

	private final Random random;

	private final SampleSink sink;

	private long issued;

	InvoiceFactory(GeneratorOptions options, SampleIds ids, Random random, SampleSink sink) {
		this.options = options;
		this.ids = ids;
		this.random = random;
		this.sink = sink;
	}

	/** Issues one invoice and writes it. */
	ErpInvoice issue(SampleAccount billTo, LocalDate date, String currency, BigDecimal amount, boolean live,
			String dealRef, String description) {
		long number = this.issued++;
		ErpInvoice invoice = new ErpInvoice(this.ids.invoiceId(number), this.ids.documentNumber(number), date,
				billTo.customerId(), billTo.customerName(), dealRef, currency, amount, live, status(live, date), 0);
		this.sink.invoice(invoice, description);
		return invoice;
	}

	/** A date 0 to 20 days after {@code close}, but never after the as-of date. */
	LocalDate onTime(LocalDate close) {
		LocalDate date = close.plusDays(this.random.nextInt(ON_TIME_DAYS + 1));
		return date.isAfter(this.options.asOf()) ? this.options.asOf() : date;
	}

	long issued() {
		return this.issued;
	}

	private String status(boolean live, LocalDate date) {
		return switch (this.options.erpFormat()) {
			case NETSUITE -> live ? paidOrOpen(date) : ((this.random.nextInt(4) == 0) ? "Rejected" : "Voided");
			case GENERIC -> live ? "live" : "void";
			case QUICKBOOKS -> null;
		};
	}

	private String paidOrOpen(LocalDate date) {
		boolean due = date.isBefore(this.options.asOf().minusDays(30));
		return (due && this.random.nextInt(3) != 0) ? "Paid In Full" : "Open";
	}

}
