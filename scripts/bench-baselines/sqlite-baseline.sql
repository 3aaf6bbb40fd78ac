-- The benchmark's sqlite3 pipeline: import, index, classify the compared finding classes, write them.
-- Amounts are compared in integer hundredths (sqlite has no decimal type; the generated amounts have
-- at most two decimals), so the 0.01 tolerance is exact. Run from the folder holding crm.csv and
-- erp.csv: sqlite3 :memory: < sqlite-baseline.sql
.mode csv
.import crm.csv crm
.import erp.csv erp
CREATE INDEX crm_id ON crm (deal_id);
CREATE INDEX erp_ref ON erp (deal_ref);
CREATE INDEX erp_invoice ON erp (invoice_id);
CREATE TABLE deals AS SELECT deal_id, lower(won) = 'true' AS won, CAST(round(CAST(amount AS REAL) * 100) AS INTEGER) AS cents, currency
  FROM crm c WHERE c.rowid = (SELECT min(rowid) FROM crm c2 WHERE c2.deal_id = c.deal_id);
CREATE UNIQUE INDEX deals_id ON deals (deal_id);
CREATE TABLE parts AS SELECT e.invoice_id, e.deal_ref, e.currency, sum(CAST(round(CAST(e.amount AS REAL) * 100) AS INTEGER)) AS cents,
  f.invoice_date, f.customer_id, lower(f.status) <> 'void' AS live
  FROM erp e JOIN erp f ON f.rowid = (SELECT min(rowid) FROM erp g WHERE g.invoice_id = e.invoice_id)
  GROUP BY e.invoice_id, e.deal_ref, e.currency;
CREATE INDEX parts_ref ON parts (deal_ref);
CREATE TABLE findings AS
SELECT 'MISSING_IN_ERP' AS finding, d.deal_id AS crm_id FROM deals d
  WHERE d.won AND NOT EXISTS (SELECT 1 FROM erp e WHERE e.deal_ref = d.deal_id)
UNION ALL
SELECT 'ORPHAN_IN_ERP', p.deal_ref FROM parts p
  WHERE p.live AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.deal_id = p.deal_ref)
UNION ALL
SELECT 'DUPLICATE_IN_ERP', s.deal_ref FROM (SELECT p.deal_ref FROM parts p JOIN deals d
  ON d.deal_id = p.deal_ref AND d.won WHERE p.live
  GROUP BY p.deal_ref, p.cents, p.currency, p.invoice_date, p.customer_id HAVING count(*) > 1) s
UNION ALL
SELECT 'AMOUNT_MISMATCH', d.deal_id FROM deals d JOIN (SELECT deal_ref, currency, sum(cents) AS billed
  FROM (SELECT DISTINCT deal_ref, cents, currency, invoice_date, customer_id FROM parts WHERE live)
  GROUP BY deal_ref, currency) b ON b.deal_ref = d.deal_id AND b.currency = d.currency
  WHERE d.won AND abs(b.billed - d.cents) > 1;
.headers on
.once findings-sqlite.csv
SELECT * FROM findings;
.headers off
.mode list
SELECT group_concat(finding || '=' || n, ' ') FROM (SELECT finding, count(*) AS n FROM findings GROUP BY finding ORDER BY finding);
