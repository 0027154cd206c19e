/**
 * A large EHR screen: a patient banner over an encounter table of `rows` rows (5,000 rows is
 * about 1 MB of text), every row with dates, a provider, an account number and a note. Synthetic
 * and deterministic.
 */
export function encounterTableHtml(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => encounterRow(i)).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Encounters</title>
<style>body{font:14px system-ui,sans-serif;margin:12px} td,th{padding:2px 8px;text-align:left}</style></head><body>
<div role="banner">Patient: <strong>Marisol Quintanilla</strong> DOB: 04/17/1958 MRN: MRN-4471902</div>
<table id="encounters"><thead><tr><th>Date</th><th>Type</th><th>Provider</th><th>Account</th><th>SSN</th><th>Note</th></tr></thead>
<tbody>${body}</tbody></table></body></html>`;
}

export function encounterRow(i: number): string {
  const date = `${String((i % 12) + 1).padStart(2, '0')}/${String((i % 28) + 1).padStart(2, '0')}/${2000 + (i % 24)}`;
  const ssn = `${100 + (i % 500)}-${10 + (i % 89)}-${String(1000 + (i % 9000)).padStart(4, '0')}`;
  return `<tr><td>${date}</td><td>${i % 3 ? 'Office visit' : 'Telehealth'}</td><td>Dr. Hannah Okafor</td><td>ACC-${400000 + i}</td><td>${ssn}</td><td>Follow-up of essential hypertension, blood pressure reviewed and medication adherence discussed; labs ordered for next visit.</td></tr>`;
}
