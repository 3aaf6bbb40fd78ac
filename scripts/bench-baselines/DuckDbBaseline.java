import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's reference: the same classification as Meshline's for the finding classes the
 * benchmark compares (missing, orphan, duplicate, amount mismatch), done by DuckDB in one JVM.
 * Reads the generic-crm / generic-erp files, writes the findings as CSV, prints one line of counts.
 * Usage: java -cp duckdb_jdbc.jar:. DuckDbBaseline CRM.csv ERP.csv OUT.csv THREADS
 */
public final class DuckDbBaseline {

	private static final String LOAD = """
			CREATE TABLE crm AS SELECT row_number() OVER () AS ln, * FROM read_csv('%s', header = true,
			  all_varchar = true, parallel = true);
			CREATE TABLE erp AS SELECT row_number() OVER () AS ln, * FROM read_csv('%s', header = true,
			  all_varchar = true, parallel = true);
			CREATE TABLE deals AS SELECT deal_id, lower(won) = 'true' AS won, CAST(amount AS DECIMAL(38, 6)) AS amount,
			  currency FROM (SELECT *, row_number() OVER (PARTITION BY deal_id ORDER BY ln) AS rn FROM crm) WHERE rn = 1;
			CREATE TABLE parts AS SELECT invoice_id, coalesce(deal_ref, '') AS deal_ref, currency,
			  sum(CAST(amount AS DECIMAL(38, 6))) AS amount, arg_min(invoice_date, ln) AS invoice_date,
			  arg_min(customer_id, ln) AS customer_id, arg_min(coalesce(lower(status), ''), ln) <> 'void' AS live
			  FROM erp GROUP BY invoice_id, coalesce(deal_ref, ''), currency;
			""";

	private static final String FINDINGS = """
			CREATE TABLE findings AS
			SELECT 'MISSING_IN_ERP' AS finding, d.deal_id AS crm_id FROM deals d
			  WHERE d.won AND NOT EXISTS (SELECT 1 FROM erp e WHERE e.deal_ref = d.deal_id)
			UNION ALL
			SELECT 'ORPHAN_IN_ERP', p.deal_ref FROM parts p
			  WHERE p.live AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.deal_id = p.deal_ref)
			UNION ALL
			SELECT 'DUPLICATE_IN_ERP', s.deal_ref FROM (SELECT p.deal_ref FROM parts p JOIN deals d
			  ON d.deal_id = p.deal_ref AND d.won WHERE p.live
			  GROUP BY p.deal_ref, p.amount, p.currency, p.invoice_date, p.customer_id HAVING count(*) > 1) s
			UNION ALL
			SELECT 'AMOUNT_MISMATCH', d.deal_id FROM deals d JOIN (SELECT deal_ref, currency, sum(amount) AS billed
			  FROM (SELECT DISTINCT deal_ref, amount, currency, invoice_date, customer_id FROM parts WHERE live)
			  GROUP BY deal_ref, currency) b ON b.deal_ref = d.deal_id AND b.currency = d.currency
			  WHERE d.won AND abs(b.billed - d.amount) > 0.01;
			""";

	public static void main(String[] args) throws Exception {
		try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
			sql.execute("SET threads = " + args[3]);
			sql.execute(LOAD.formatted(args[0], args[1]));
			sql.execute(FINDINGS);
			sql.execute("COPY findings TO '" + args[2] + "' (HEADER, DELIMITER ',')");
			Map<String, Long> counts = new LinkedHashMap<>();
			try (ResultSet rs = sql.executeQuery("SELECT finding, count(*) FROM findings GROUP BY finding ORDER BY finding")) {
				while (rs.next()) {
					counts.put(rs.getString(1), rs.getLong(2));
				}
			}
			StringBuilder line = new StringBuilder();
			counts.forEach((k, v) -> line.append(k).append('=').append(v).append(' '));
			System.out.println(line.toString().trim());
		}
	}

}
