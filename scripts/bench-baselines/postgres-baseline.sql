-- The benchmark's PostgreSQL pipeline: COPY both files in, ANALYZE, classify the compared finding
-- classes with the same rules as DuckDbBaseline, write the findings out. Run with psql from the folder
-- holding crm.csv and erp.csv, in an empty database.
CREATE UNLOGGED TABLE crm (deal_id text, account_id text, account_name text, deal_name text, stage text,
  won text, amount numeric, currency text, close_date text, owner text, ln bigserial);
CREATE UNLOGGED TABLE erp (invoice_id text, document_number text, invoice_date text, customer_id text,
  customer_name text, deal_ref text, currency text, amount numeric, status text, ln bigserial);
\copy crm (deal_id, account_id, account_name, deal_name, stage, won, amount, currency, close_date, owner) FROM 'crm.csv' WITH (FORMAT csv, HEADER true)
\copy erp (invoice_id, document_number, invoice_date, customer_id, customer_name, deal_ref, currency, amount, status) FROM 'erp.csv' WITH (FORMAT csv, HEADER true)
CREATE UNLOGGED TABLE deals AS SELECT DISTINCT ON (deal_id) deal_id, lower(won) = 'true' AS won, amount, currency
  FROM crm ORDER BY deal_id, ln;
CREATE UNIQUE INDEX ON deals (deal_id);
CREATE INDEX ON erp (deal_ref);
CREATE UNLOGGED TABLE parts AS SELECT e.invoice_id, coalesce(e.deal_ref, '') AS deal_ref, e.currency,
  sum(e.amount) AS amount, f.invoice_date, f.customer_id, coalesce(lower(f.status), '') <> 'void' AS live
  FROM erp e JOIN (SELECT DISTINCT ON (invoice_id) invoice_id, invoice_date, customer_id, status FROM erp
  ORDER BY invoice_id, ln) f ON f.invoice_id = e.invoice_id
  GROUP BY e.invoice_id, coalesce(e.deal_ref, ''), e.currency, f.invoice_date, f.customer_id, f.status;
ANALYZE;
CREATE UNLOGGED TABLE findings AS
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
  FROM (SELECT DISTINCT deal_ref, amount, currency, invoice_date, customer_id FROM parts WHERE live) x
  GROUP BY deal_ref, currency) b ON b.deal_ref = d.deal_id AND b.currency = d.currency
  WHERE d.won AND abs(b.billed - d.amount) > 0.01;
\copy findings TO 'findings-postgresql.csv' WITH (FORMAT csv, HEADER true)
SELECT string_agg(finding || '=' || n, ' ' ORDER BY finding) FROM (SELECT finding, count(*) AS n FROM findings GROUP BY finding) c;
