package io.meshline.samples;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.money.MoneyTotals;
import io.meshline.samples.DealMaker.Outcome;
import io.meshline.samples.DealMaker.SampleDeal;
import io.meshline.samples.SampleAccounts.SampleAccount;

/**
 * One pass of generation into a sink: the crosswalk, then deal by deal its row, its invoices and
 * its planted finding. Nothing per deal outlives the deal, so memory does not grow with the
 * number of deals. One {@link Random} drives every draw, in a fixed order, which is what makes
 * equal options give equal files. Not thread-safe; use once.
 */
final class GenerationRun implements SampleSink {

	private final GeneratorOptions options;

	private final SampleSink sink;

	private final Map<PlantedFault, Long> planted = new EnumMap<>(PlantedFault.class);

	private final MoneyTotals atRisk = new MoneyTotals();

	private final MoneyTotals overBilled = new MoneyTotals();

	private CleanInvoicing clean;

	GenerationRun(GeneratorOptions options, SampleSink sink) {
		this.options = options;
		this.sink = sink;
		for (PlantedFault fault : PlantedFault.values()) {
			this.planted.put(fault, 0L);
		}
	}

	void run() {
		Random random = new Random(this.options.seed());
		SampleIds ids = new SampleIds(this.options.crmFormat(), this.options.erpFormat());
		SampleAccounts accounts = new SampleAccounts(ids, this.options.deals());
		for (int i = 0; i < accounts.size(); i++) {
			SampleAccount account = accounts.account(i);
			this.sink.crosswalk(account.crmKey(), account.erpKey());
		}
		DealMaker deals = new DealMaker(this.options, ids, accounts, random);
		InvoiceFactory invoices = new InvoiceFactory(this.options, ids, random, this);
		this.clean = new CleanInvoicing(invoices, random);
		FaultPlanter planter = new FaultPlanter(this.options, ids, accounts, invoices, this.clean, random, this);
		FaultSchedule schedule = new FaultSchedule(effectiveMix());
		for (long index = 0; index < this.options.deals(); index++) {
			boolean won = random.nextDouble() < this.options.wonShare();
			boolean faulty = won && !schedule.isEmpty() && random.nextDouble() < this.options.faultRate();
			PlantedFault fault = faulty ? schedule.next() : null;
			SampleDeal sample = deals.make(index, outcome(won, fault, random),
					(fault == PlantedFault.INVOICED_LATE) ? 45 : 0);
			this.sink.deal(sample.deal(), sample.createdAt());
			if (fault != null) {
				planter.plant(sample, fault);
			}
			else if (won) {
				this.clean.invoice(sample);
			}
		}
	}

	private static Outcome outcome(boolean won, PlantedFault fault, Random random) {
		if (fault == PlantedFault.LOST_INVOICED) {
			return Outcome.LOST;
		}
		if (won) {
			return Outcome.WON;
		}
		return random.nextBoolean() ? Outcome.LOST : Outcome.OPEN;
	}

	/** The requested mix without the faults these formats and options cannot express. */
	private Map<PlantedFault, Integer> effectiveMix() {
		Map<PlantedFault, Integer> mix = new EnumMap<>(PlantedFault.class);
		mix.putAll(this.options.faultMix());
		if (!this.options.erpFormat().hasVoidInvoices()) {
			mix.remove(PlantedFault.VOID_ONLY);
		}
		if (this.options.currencies().size() < 2) {
			mix.remove(PlantedFault.OTHER_CURRENCY);
		}
		return mix;
	}

	@Override
	public void crosswalk(String crmAccount, String erpCustomer) {
		this.sink.crosswalk(crmAccount, erpCustomer);
	}

	@Override
	public void deal(CrmDeal deal, Instant createdAt) {
		this.sink.deal(deal, createdAt);
	}

	@Override
	public void invoice(ErpInvoice invoice, String description) {
		this.sink.invoice(invoice, description);
	}

	@Override
	public void planted(PlantedFinding finding) {
		this.planted.merge(finding.fault(), 1L, Long::sum);
		this.atRisk.add(finding.currency(), finding.atRisk());
		this.overBilled.add(finding.currency(), finding.overBilled());
		this.sink.planted(finding);
	}

	Map<PlantedFault, Long> plantedCounts() {
		return this.planted;
	}

	MoneyTotals atRisk() {
		return this.atRisk;
	}

	MoneyTotals overBilled() {
		return this.overBilled;
	}

	long installmentDeals() {
		return this.clean.installmentDeals();
	}

	long toleranceDeals() {
		return this.clean.toleranceDeals();
	}

}
