package io.meshline.jobs.reconcile.partition;

import java.io.IOException;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * The records a partition file holds, each behind a one-byte tag: a CRM deal, the id of a CRM row
 * that was rejected (an orphan invoice that names it says so), or an ERP invoice line.
 */
final class SpilledRecords {

	static final int DEAL = 'D';

	static final int REJECTED_ID = 'R';

	static final int LINE = 'L';

	private SpilledRecords() {
	}

	static void writeDeal(SpillOutput out, CrmDeal d) throws IOException {
		out.writeByte(DEAL);
		out.writeString(d.dealId());
		out.writeString(d.accountId());
		out.writeString(d.accountName());
		out.writeString(d.dealName());
		out.writeString(d.stage());
		out.writeBoolean(d.won());
		out.writeAmount(d.amount());
		out.writeString(d.currency());
		out.writeDate(d.closeDate());
		out.writeString(d.owner());
		out.writeLong(d.line());
	}

	static CrmDeal readDeal(SpillInput in) throws IOException {
		return new CrmDeal(in.readString(), in.readString(), in.readString(), in.readString(), in.readString(),
				in.readBoolean(), in.readAmount(), in.readString(), in.readDate(), in.readString(), in.readLong());
	}

	static void writeRejectedId(SpillOutput out, String id, long line) throws IOException {
		out.writeByte(REJECTED_ID);
		out.writeString(id);
		out.writeLong(line);
	}

	static RejectedId readRejectedId(SpillInput in) throws IOException {
		return new RejectedId(in.readString(), in.readLong());
	}

	static void writeLine(SpillOutput out, ErpInvoice i) throws IOException {
		out.writeByte(LINE);
		out.writeString(i.invoiceId());
		out.writeString(i.documentNumber());
		out.writeDate(i.invoiceDate());
		out.writeString(i.customerId());
		out.writeString(i.customerName());
		out.writeString(i.dealRef());
		out.writeString(i.currency());
		out.writeAmount(i.amount());
		out.writeBoolean(i.live());
		out.writeString(i.status());
		out.writeLong(i.line());
	}

	static ErpInvoice readLine(SpillInput in) throws IOException {
		return new ErpInvoice(in.readString(), in.readString(), in.readDate(), in.readString(), in.readString(),
				in.readString(), in.readString(), in.readAmount(), in.readBoolean(), in.readString(), in.readLong());
	}

	/** A CRM row that was rejected, with the id it carried. */
	record RejectedId(String id, long line) {
	}

}
