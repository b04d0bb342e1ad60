import { normalizeText } from '../cells/text';

/** Words that mark a row as a total or subtotal, by its label. */
export function totalKind(label: string): 'total' | 'subtotal' | null {
  const t = normalizeText(label).replace(/[:.]$/, '');
  if (
    /^(?:grand total|total|totals|net total|overall total|total all(?: departments| cost cent(?:re|er)s)?|sum|company total|total company)$/.test(
      t,
    )
  )
    return 'total';
  if (/^(?:sub-?total|sub total)\b/.test(t) || /^total\b/.test(t) || /\btotal$/.test(t) || /^sum of\b/.test(t))
    return 'subtotal';
  return null;
}

/**
 * A summary row under a scorecard, SWOT or objectives table: the total and subtotal labels finance tables use, plus
 * the scores such tables add up to ("Weighted score", "IFE score", "Average", "Sum of weights").
 */
export function summaryKind(label: string): 'total' | 'subtotal' | null {
  const kind = totalKind(label);
  if (kind !== null) return kind;
  const t = normalizeText(label).replace(/[:.]$/, '');
  if (
    /^(?:(?:total |overall |composite )?(?:weighted )?(?:score|rating)s?|(?:ife|efe)(?: score| total)?|sum of weights|weights?|average|avg|mean|overall)\b/.test(
      t,
    ) &&
    t.length <= 60
  )
    return 'total';
  return null;
}

/** Results computed from other rows (Gross profit, EBITDA, Net income...): the canonical name, or null. */
export function derivedName(label: string): string | null {
  const t = normalizeText(label).replace(/[:.]$/, '');
  const m =
    /^(gross (?:profit|margin|contribution)|contribution(?: margin)?|ebitda|ebit|ebt|operating (?:profit|income|result|margin)|net (?:profit|income|result|margin|surplus|loss)|net operating income|profit before tax|pbt|profit after tax|pat|surplus|deficit|surplus\/\(?deficit\)?|net surplus\/\(?deficit\)?|profit\/\(?loss\)?|net profit\/\(?loss\)?|margin %?|gross margin %|ebitda margin %?)$/.exec(
      t,
    );
  return m ? label.trim() : null;
}

/** True for notes under a table: "* Excludes ...", "Note: ...", "Source: ...", "(1) ..." or a long sentence. */
export function isFootnote(label: string): boolean {
  const t = label.trim();
  return (
    /^(?:\*|†|‡|note\b|notes\b|source\b|nb\b|n\.b\.|\(\d+\)|\d+\)|\[\d+\])/i.test(t) || (t.length > 60 && /\s/.test(t))
  );
}

/** A label that says which department a block belongs to ("Department: Warehouse", "Cost centre 200 - Fleet"). */
export function departmentFromLabel(label: string): string | null {
  const m = /^(?:department|dept\.?|cost cent(?:re|er)|cc|division|business unit)\s*[:\-–]?\s*(.+)$/i.exec(
    label.trim(),
  );
  return m ? m[1].trim() : null;
}
