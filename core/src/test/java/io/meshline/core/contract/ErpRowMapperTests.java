package io.meshline.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.meshline.core.model.ErpInvoice;

import static org.assertj.core.api.Assertions.assertThat;

class ErpRowMapperTests {

	private static Contract quickbooksLike() {
		return new Contract("qb", Side.ERP, null, ',', "UTF-8", null, "USD", true,
				Map.of(CanonicalField.INVOICE_ID, FieldSpec.of("InvoiceNo").asRequired(),
						CanonicalField.INVOICE_DATE, FieldSpec.of("InvoiceDate").asRequired().withDateFormats("MM/dd/yyyy"),
						CanonicalField.INVOICE_AMOUNT, FieldSpec.of("ItemAmount").asRequired(),
						CanonicalField.DEAL_REF, FieldSpec.of("Memo").withExtract("CRM:(\\S+)"),
						CanonicalField.STATUS, FieldSpec.of("Status").withMap(Map.of("V", "Voided"))),
				List.of(), FlagRule.of("Status", "Voided", "Rejected"));
	}

	@Test
	void shouldExtractTheDealReferenceAndMapTheStatus() {
		// given
		ErpRowMapper mapper = ErpRowMapper.bind(quickbooksLike(), "qb.csv",
				List.of("InvoiceNo", "InvoiceDate", "ItemAmount", "Memo", "Status"));
		// when
		RowResult<ErpInvoice> result = mapper.map(new String[] { "1001", "03/15/2026", "12.3", "Deal CRM:006X1 Q1",
				"voided" }, 5, null);
		// then
		assertThat(((RowResult.Accepted<ErpInvoice>) result).record()).isEqualTo(new ErpInvoice("1001", null,
				LocalDate.of(2026, 3, 15), null, null, "006X1", "USD", new BigDecimal("12.30"), false, "voided", 5));
	}

	@Test
	void shouldTreatInvoicesAsLiveWithoutAStatusColumn() {
		// given
		ErpRowMapper mapper = ErpRowMapper.bind(quickbooksLike(), "qb.csv",
				List.of("InvoiceNo", "InvoiceDate", "ItemAmount", "Memo"));
		// when
		RowResult<ErpInvoice> result = mapper.map(new String[] { "1001", "03/15/2026", "5", "no reference" }, 2,
				null);
		// then
		ErpInvoice invoice = ((RowResult.Accepted<ErpInvoice>) result).record();
		assertThat(invoice.live()).isTrue();
		assertThat(invoice.dealRef()).isNull();
	}

}
