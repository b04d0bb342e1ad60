/**
 * The figures of the sample workbook: Northwind Logistics, a regional freight and warehousing company, fiscal year
 * January-December 2026 with actuals through June 2026. Amounts in US dollars. Generated from a fixed seed so the
 * workbook is the same on every run.
 */

/** Mulberry32: a small, well-known 32-bit generator; a fixed seed keeps the sample reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sample company. */
export const COMPANY = 'Northwind Logistics';
/** Label year of the sample's fiscal year (January start). */
export const FISCAL_YEAR = 2026;
/** Months of actuals in the sample: January to June 2026. */
export const ACTUAL_MONTHS = 6;

/** One budget line of the sample. */
export interface SampleLine {
  readonly code: string;
  readonly account: string;
  readonly department: string;
  /** Budgeted full-year amount; months follow the line's seasonality. */
  readonly annual: number;
  /** Seasonal profile: "freight" peaks before Christmas; "flat" is even. */
  readonly season: 'freight' | 'flat';
  readonly comment?: string;
}

/** A section of the sample P&L (Revenue, Cost of sales, Operating expenses) with its subtotal label. */
export interface SampleSection {
  readonly title: string;
  readonly totalLabel: string;
  readonly lines: readonly SampleLine[];
}

/** Freight volumes rise into the autumn peak and dip in January and August: weights sum to 12. */
const FREIGHT_SEASON = [0.86, 0.9, 0.98, 0.97, 1.0, 1.0, 0.95, 0.92, 1.04, 1.1, 1.16, 1.12];

/** The sample P&L: 16 lines in three sections, five departments. */
export const SECTIONS: readonly SampleSection[] = [
  {
    title: 'Revenue',
    totalLabel: 'Total revenue',
    lines: [
      {
        code: '4000',
        account: 'Road freight revenue',
        department: 'Road Freight',
        annual: 8_400_000,
        season: 'freight',
      },
      {
        code: '4050',
        account: 'Fuel surcharge income',
        department: 'Road Freight',
        annual: 620_000,
        season: 'freight',
      },
      {
        code: '4100',
        account: 'Warehousing revenue',
        department: 'Warehousing',
        annual: 3_150_000,
        season: 'freight',
        comment: 'New Tilbury contract from April',
      },
      { code: '4150', account: 'Value-added services', department: 'Warehousing', annual: 480_000, season: 'flat' },
    ],
  },
  {
    title: 'Cost of sales',
    totalLabel: 'Total cost of sales',
    lines: [
      {
        code: '5000',
        account: 'Subcontracted haulage',
        department: 'Road Freight',
        annual: 2_350_000,
        season: 'freight',
      },
      {
        code: '5100',
        account: 'Fuel',
        department: 'Fleet',
        annual: 1_720_000,
        season: 'freight',
        comment: 'Diesel at $1.52/litre',
      },
      { code: '5200', account: 'Vehicle maintenance', department: 'Fleet', annual: 610_000, season: 'flat' },
      { code: '5250', account: 'Tyres', department: 'Fleet', annual: 140_000, season: 'flat' },
      { code: '5300', account: 'Warehouse labour', department: 'Warehousing', annual: 1_480_000, season: 'freight' },
    ],
  },
  {
    title: 'Operating expenses',
    totalLabel: 'Total operating expenses',
    lines: [
      { code: '6000', account: 'Salaries', department: 'Administration', annual: 1_920_000, season: 'flat' },
      { code: '6050', account: 'IT & software', department: 'Administration', annual: 310_000, season: 'flat' },
      { code: '6100', account: 'Rent & rates', department: 'Warehousing', annual: 960_000, season: 'flat' },
      { code: '6150', account: 'Utilities', department: 'Warehousing', annual: 185_000, season: 'freight' },
      { code: '6200', account: 'Insurance', department: 'Fleet', annual: 295_000, season: 'flat' },
      {
        code: '6300',
        account: 'Marketing',
        department: 'Sales',
        annual: 220_000,
        season: 'flat',
        comment: 'Trade show in September',
      },
      { code: '6350', account: 'Travel', department: 'Sales', annual: 96_000, season: 'flat' },
    ],
  },
];

/** Monthly budget of a line: the annual amount spread by its season, rounded to whole dollars. */
export function monthlyBudget(line: SampleLine): number[] {
  const weights = line.season === 'freight' ? FREIGHT_SEASON : new Array<number>(12).fill(1);
  return weights.map((w) => Math.round((line.annual * w) / 12));
}

/** Actuals for the first months: budget with a steady drift per line and month-to-month noise, from a fixed seed. */
export function monthlyActuals(line: SampleLine, budget: readonly number[], random: () => number): number[] {
  const drift = (random() - 0.45) * 0.12;
  return budget.slice(0, ACTUAL_MONTHS).map((b, m) => Math.round(b * (1 + drift * (m / 6) + (random() - 0.5) * 0.08)));
}

/** Prior-year actuals: about 6 % below this year's budget, with noise. */
export function priorYear(budget: readonly number[], random: () => number): number[] {
  return budget.map((b) => Math.round(b * (0.94 + (random() - 0.5) * 0.06)));
}
