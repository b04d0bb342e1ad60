/** KPIs, SWOT factors and objectives of the sample workbook (Northwind Logistics, FY2026, values January-June). */

export interface SampleKpi {
  readonly name: string;
  readonly perspective: string;
  readonly owner: string;
  readonly unit: string;
  readonly direction: 'Higher' | 'Lower' | 'Range';
  readonly target: number | null;
  readonly low?: number;
  readonly high?: number;
  /** Values January to June 2026; a string is what a user typed instead of a number. */
  readonly values: readonly (number | string)[];
}

/** Eleven KPIs over four perspectives, one with a target range; June NPS is the typed "tbd" defect. */
export const KPIS: readonly SampleKpi[] = [
  {
    name: 'On-time delivery',
    perspective: 'Customer',
    owner: 'Head of Operations',
    unit: '%',
    direction: 'Higher',
    target: 0.95,
    values: [0.931, 0.937, 0.944, 0.941, 0.949, 0.952],
  },
  {
    name: 'Customer complaints per 1,000 shipments',
    perspective: 'Customer',
    owner: 'Customer Service Manager',
    unit: 'count',
    direction: 'Lower',
    target: 2,
    values: [2.6, 2.4, 2.5, 2.2, 2.1, 2.3],
  },
  {
    name: 'Net promoter score',
    perspective: 'Customer',
    owner: 'Commercial Director',
    unit: 'score',
    direction: 'Higher',
    target: 40,
    values: [34, 35, 37, 36, 38, 'tbd'],
  },
  {
    name: 'Cost per delivery',
    perspective: 'Financial',
    owner: 'Finance Director',
    unit: '$',
    direction: 'Lower',
    target: 18.5,
    values: [19.4, 19.1, 19.3, 18.9, 18.8, 18.6],
  },
  {
    name: 'Gross margin',
    perspective: 'Financial',
    owner: 'Finance Director',
    unit: '%',
    direction: 'Higher',
    target: 0.45,
    values: [0.43, 0.44, 0.44, 0.45, 0.46, 0.45],
  },
  {
    name: 'Fleet utilisation',
    perspective: 'Operations',
    owner: 'Fleet Manager',
    unit: '%',
    direction: 'Higher',
    target: 0.85,
    values: [0.79, 0.81, 0.83, 0.82, 0.84, 0.86],
  },
  {
    name: 'Dock-to-stock time',
    perspective: 'Operations',
    owner: 'Warehouse Manager',
    unit: 'hours',
    direction: 'Lower',
    target: 4,
    values: [5.2, 5.0, 4.8, 4.9, 4.5, 4.3],
  },
  {
    name: 'Pick accuracy',
    perspective: 'Operations',
    owner: 'Warehouse Manager',
    unit: '%',
    direction: 'Higher',
    target: 0.995,
    values: [0.991, 0.992, 0.994, 0.993, 0.995, 0.996],
  },
  {
    name: 'Driver overtime hours per week',
    perspective: 'People',
    owner: 'Fleet Manager',
    unit: 'hours',
    direction: 'Range',
    target: null,
    low: 4,
    high: 8,
    values: [9.5, 8.8, 7.9, 7.2, 6.8, 6.1],
  },
  {
    name: 'Lost-time injury frequency rate',
    perspective: 'People',
    owner: 'HSE Manager',
    unit: 'rate',
    direction: 'Lower',
    target: 1,
    values: [1.4, 1.3, 1.5, 1.2, 1.1, 1.0],
  },
  {
    name: 'Staff turnover (annualised)',
    perspective: 'People',
    owner: 'HR Manager',
    unit: '%',
    direction: 'Lower',
    target: 0.15,
    values: [0.19, 0.18, 0.18, 0.17, 0.17, 0.16],
  },
];

/** One SWOT factor of the sample. */
export interface SampleSwot {
  readonly factor: string;
  readonly category: string;
  readonly weight: number;
  readonly rating: number;
  readonly owner: string;
  readonly notes: string;
}

/**
 * David's IFE/EFE convention (Strategic Management): the weights of strengths and weaknesses together sum to 1, and so
 * do those of opportunities and threats; strengths are rated 3-4, weaknesses 1-2 (1 = major weakness), opportunities
 * and threats 1-4 by how well the company responds. IFE 2.25, EFE 2.50: IE cell V, hold and maintain.
 * Categories are written in words and in letters, as teams do.
 */
export const SWOT: readonly SampleSwot[] = [
  {
    factor: 'Dense regional depot network',
    category: 'Strength',
    weight: 0.15,
    rating: 4,
    owner: 'Managing Director',
    notes: '14 depots within 2 hours of 80 % of customers',
  },
  {
    factor: 'Long-standing retail contracts',
    category: 'Strength',
    weight: 0.15,
    rating: 4,
    owner: 'Commercial Director',
    notes: 'Top 5 customers average 9 years',
  },
  {
    factor: 'Modern Euro 6 fleet',
    category: 'S',
    weight: 0.1,
    rating: 3,
    owner: 'Fleet Manager',
    notes: 'Average vehicle age 3.1 years',
  },
  {
    factor: 'Reliance on subcontracted haulage at peak',
    category: 'Weakness',
    weight: 0.2,
    rating: 1,
    owner: 'Head of Operations',
    notes: '28 % of peak loads subcontracted',
  },
  {
    factor: 'Manual warehouse management system',
    category: 'Weakness',
    weight: 0.15,
    rating: 2,
    owner: 'Warehouse Manager',
    notes: 'Paper picking at two sites',
  },
  { factor: 'Driver shortage', category: 'W', weight: 0.25, rating: 1, owner: 'HR Manager', notes: '11 vacancies' },
  {
    factor: 'E-commerce fulfilment growth',
    category: 'Opportunity',
    weight: 0.2,
    rating: 3,
    owner: 'Commercial Director',
    notes: 'Regional market growing 12 % a year',
  },
  {
    factor: 'Electric vans for urban routes',
    category: 'Opportunity',
    weight: 0.1,
    rating: 2,
    owner: 'Fleet Manager',
    notes: 'Grant covers 35 % of the premium',
  },
  {
    factor: 'Bonded warehousing after customs changes',
    category: 'O',
    weight: 0.1,
    rating: 3,
    owner: 'Warehouse Manager',
    notes: 'Licence application in Q3',
  },
  {
    factor: 'Diesel price volatility',
    category: 'Threat',
    weight: 0.25,
    rating: 2,
    owner: 'Finance Director',
    notes: 'Surcharge lags fuel by one month',
  },
  {
    factor: 'National carriers entering the region',
    category: 'Threat',
    weight: 0.2,
    rating: 3,
    owner: 'Managing Director',
    notes: 'Two competitor depots opened in 2025',
  },
  {
    factor: 'Minimum wage increase',
    category: 'T',
    weight: 0.15,
    rating: 2,
    owner: 'HR Manager',
    notes: '+6.7 % from April',
  },
];

/** One objective of the sample. */
export interface SampleObjective {
  readonly name: string;
  readonly target: number;
  readonly unit: string;
  readonly owner: string;
  readonly phasing: string;
  readonly reference: string | null;
  readonly profile: string | null;
}

/** Four objectives, phased seasonally, evenly and by a custom profile. */
export const OBJECTIVES: readonly SampleObjective[] = [
  {
    name: 'Grow road freight revenue',
    target: 8_400_000,
    unit: '$',
    owner: 'Commercial Director',
    phasing: 'Seasonal',
    reference: 'Road freight revenue',
    profile: null,
  },
  {
    name: 'Win new warehousing contracts',
    target: 6,
    unit: 'contracts',
    owner: 'Commercial Director',
    phasing: 'Even',
    reference: null,
    profile: null,
  },
  {
    name: 'Deliver safety training',
    target: 2_400,
    unit: 'hours',
    owner: 'HSE Manager',
    phasing: 'Custom',
    reference: null,
    profile: '10, 10, 10, 8, 8, 6, 6, 8, 8, 10, 10, 6',
  },
  {
    name: 'Cut subcontracted haulage spend',
    target: 2_150_000,
    unit: '$',
    owner: 'Head of Operations',
    phasing: 'Seasonal',
    reference: 'Subcontracted haulage',
    profile: null,
  },
];
