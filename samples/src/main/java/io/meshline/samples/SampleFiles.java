package io.meshline.samples;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.writers.export.CrmExportWriter;
import io.meshline.writers.export.CrosswalkWriter;
import io.meshline.writers.export.ErpExportWriter;

/**
 * The sink that writes a sample set to disk: {@code crm.csv}, {@code erp.csv},
 * {@code crosswalk.csv} and {@code planted.csv}, all open at once so one pass writes them all.
 * For a line-level ledger (QuickBooks) some invoices are split into 2 or 3 lines that add up to
 * the invoice exactly. Not thread-safe.
 */
final class SampleFiles implements SampleSink, Closeable {

	static final List<String> NAMES = List.of("crm.csv", "erp.csv", "crosswalk.csv", "planted.csv");

	private static final List<String> LINE_ITEMS = List.of("Subscription", "Onboarding", "Premium support");

	private final CrmExportWriter crm;

	private final ErpExportWriter erp;

	private final CrosswalkWriter crosswalk;

	private final PlantedCsvWriter planted;

	private final boolean splitLines;

	// Its own stream, so line splitting does not shift the deal and invoice draws.
	private final Random lines;

	SampleFiles(GeneratorOptions options, Path dir) {
		this.crm = options.crmFormat().open(dir.resolve(NAMES.get(0)));
		this.erp = options.erpFormat().open(dir.resolve(NAMES.get(1)));
		this.crosswalk = new CrosswalkWriter(dir.resolve(NAMES.get(2)));
		this.planted = new PlantedCsvWriter(dir.resolve(NAMES.get(3)));
		this.splitLines = options.erpFormat() == ErpFormat.QUICKBOOKS;
		this.lines = new Random(options.seed() ^ 0x5DEECE66DL);
	}

	@Override
	public void crosswalk(String crmAccount, String erpCustomer) {
		this.crosswalk.write(crmAccount, erpCustomer);
	}

	@Override
	public void deal(CrmDeal deal, Instant createdAt) {
		this.crm.write(deal, createdAt);
	}

	@Override
	public void invoice(ErpInvoice invoice, String description) {
		int parts = this.splitLines ? lineCount(invoice.amount()) : 1;
		if (parts == 1) {
			this.erp.write(invoice, description);
			return;
		}
		List<BigDecimal> amounts = SampleMoney.split(this.lines, invoice.amount(), parts);
		for (int i = 0; i < parts; i++) {
			this.erp.write(withAmount(invoice, amounts.get(i)), LINE_ITEMS.get(i));
		}
	}

	private int lineCount(BigDecimal amount) {
		boolean splittable = amount.unscaledValue().longValueExact() >= 3;
		return (splittable && this.lines.nextInt(4) == 0) ? 2 + this.lines.nextInt(2) : 1;
	}

	private static ErpInvoice withAmount(ErpInvoice invoice, BigDecimal amount) {
		return new ErpInvoice(invoice.invoiceId(), invoice.documentNumber(), invoice.invoiceDate(),
				invoice.customerId(), invoice.customerName(), invoice.dealRef(), invoice.currency(), amount,
				invoice.live(), invoice.status(), invoice.line());
	}

	@Override
	public void planted(PlantedFinding finding) {
		this.planted.write(finding);
	}

	long invoiceRows() {
		return this.erp.rowsWritten();
	}

	@Override
	public void close() throws IOException {
		try (this.crm; this.erp; this.crosswalk; this.planted) {
			// try-with-resources closes all four, even when one fails
		}
	}

}
