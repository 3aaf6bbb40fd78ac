package io.meshline.samples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/** Keeps everything a small generation emits, for tests. */
class RecordingSink implements SampleSink {

	final Map<String, String> crosswalk = new HashMap<>();

	final List<CrmDeal> deals = new ArrayList<>();

	final List<ErpInvoice> invoices = new ArrayList<>();

	final List<PlantedFinding> planted = new ArrayList<>();

	@Override
	public void crosswalk(String crmAccount, String erpCustomer) {
		this.crosswalk.put(crmAccount, erpCustomer);
	}

	@Override
	public void deal(CrmDeal deal, Instant createdAt) {
		this.deals.add(deal);
	}

	@Override
	public void invoice(ErpInvoice invoice, String description) {
		this.invoices.add(invoice);
	}

	@Override
	public void planted(PlantedFinding finding) {
		this.planted.add(finding);
	}

	static RecordingSink generate(GeneratorOptions options) {
		RecordingSink sink = new RecordingSink();
		new GenerationRun(options, sink).run();
		return sink;
	}

}
