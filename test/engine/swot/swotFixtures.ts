import type { SwotCategory, SwotRecord } from '../../../src/engine/read/datasets';

let row = 1;

/** A SWOT table row as the reader types it; rows numbered down column A of the SWOT sheet. */
export function factor(category: SwotCategory, name: string, weight: number | null, rating: number | null): SwotRecord {
  row += 1;
  return {
    factor: name,
    category,
    weight,
    rating,
    owner: null,
    notes: null,
    source: { sheet: 'SWOT', cell: `A${row}` },
  };
}

/**
 * David, Strategic Management: Concepts and Cases (13th ed.), Table 4-10, "A Sample Internal Factor Evaluation
 * Matrix for a Retail Computer Store". Strength scores 0.15 + 0.28 + 0.30 + 0.15 + 0.06 + 0.45 + 0.20 + 0.09 + 0.06
 * = 1.74; weakness scores 0.20 + 0.30 + 0.02 + 0.02 + 0.04 + 0.10 + 0.03 + 0.05 = 0.76; total 2.50 as printed.
 * Weights 0.54 + 0.46 = 1.00.
 */
export const DAVID_RETAIL_COMPUTER_STORE_IFE: SwotRecord[] = [
  factor('S', 'Inventory turnover increased from 5.8 to 6.7', 0.05, 3),
  factor('S', 'Average customer purchase increased from $97 to $128', 0.07, 4),
  factor('S', 'Employee morale is excellent', 0.1, 3),
  factor('S', 'In-store promotions resulted in 20 percent increase in sales', 0.05, 3),
  factor('S', 'Newspaper advertising expenditures increased 10 percent', 0.02, 3),
  factor('S', 'Revenues from repair/service segment of store up 16 percent', 0.15, 3),
  factor('S', 'In-store technical support personnel have MIS college degrees', 0.05, 4),
  factor('S', "Store's debt-to-total assets ratio declined to 34 percent", 0.03, 3),
  factor('S', 'Revenues per employee up 19 percent', 0.02, 3),
  factor('W', 'Revenues from software segment of store down 12 percent', 0.1, 2),
  factor('W', 'Location of store negatively impacted by new Highway 34', 0.15, 2),
  factor('W', 'Carpet and paint in store somewhat in disrepair', 0.02, 1),
  factor('W', 'Bathroom in store needs refurbishing', 0.02, 1),
  factor('W', 'Revenues from businesses down 8 percent', 0.04, 1),
  factor('W', 'Store has no Web site', 0.05, 2),
  factor('W', 'Supplier on-time delivery increased to 2.4 days', 0.03, 1),
  factor('W', 'Often customers have to wait to check out', 0.05, 1),
];

/**
 * An EFE worked example for a regional distributor (ours, computed here):
 * O 0.20 x 4 = 0.80, O 0.15 x 3 = 0.45, O 0.10 x 2 = 0.20, T 0.25 x 2 = 0.50, T 0.20 x 1 = 0.20, T 0.10 x 3 = 0.30;
 * weights sum to 1.00, total 0.80 + 0.45 + 0.20 + 0.50 + 0.20 + 0.30 = 2.45.
 */
export const DISTRIBUTOR_EFE: SwotRecord[] = [
  factor('O', 'Online ordering growing 12 % a year in our region', 0.2, 4),
  factor('O', 'Competitor warehouse closing in Q3', 0.15, 3),
  factor('O', 'Public infrastructure spending up', 0.1, 2),
  factor('T', 'Fuel prices up 18 %', 0.25, 2),
  factor('T', 'Largest customer re-tendering its contract', 0.2, 1),
  factor('T', 'New minimum-wage rules from January', 0.1, 3),
];
