import { z } from 'zod';
import { PeriodSchema } from '../period/PeriodSchema';
import type { WorkbookRead } from './WorkbookRead';

/**
 * The mapping the user confirms in the pane: which table is what, which column is what, account type overrides and the
 * fiscal year start. Saved in the workbook as JSON; anything that does not match this schema exactly (unknown keys,
 * oversized lists, odd keys such as "__proto__") is rejected and detection runs again.
 */

const ScenarioSchema = z.enum(['budget', 'actual', 'forecast', 'priorYear']);
const AccountTypeSchema = z.enum(['revenue', 'expense']);

/** Column roles the readers understand. */
export const COLUMN_ROLES = [
  'account',
  'accountCode',
  'department',
  'dimension',
  'label',
  'type',
  'period',
  'scenario',
  'amount',
  'value',
  'month',
  'ignored',
  'kpi',
  'owner',
  'unit',
  'direction',
  'target',
  'targetLow',
  'targetHigh',
  'green',
  'amber',
  'perspective',
  'weight',
  'rating',
  'factor',
  'category',
  'notes',
  'objective',
  'phasing',
  'reference',
  'profile',
  'quadrant',
  'outline',
  'memo',
  'debit',
  'credit',
] as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What one column of a table is, as the user confirmed it. */
export const ColumnMappingSchema = z.strictObject({
  index: z.number().int().min(0).max(16_383),
  role: z.enum(COLUMN_ROLES),
  period: PeriodSchema.optional(),
  scenario: ScenarioSchema.optional(),
});

/** One table as the user confirmed it: found again by its sheet and header row, or its Excel Table name. */
export const TableMappingSchema = z.strictObject({
  /** "Sheet!A4:P60" or the Excel Table name, as in DetectedTable.id. */
  id: z.string().min(1).max(300),
  sheet: z.string().min(1).max(31),
  /** Excel row number of the header row. */
  headerRow: z.number().int().min(1).max(1_048_576),
  role: z.enum(['finance', 'kpi', 'swot', 'objectives', 'unknown']),
  /** Scenario of the whole table when its columns do not name one (one-table-per-scenario sheets). */
  scenario: ScenarioSchema.nullable().optional(),
  columns: z.array(ColumnMappingSchema).max(2_000).optional(),
});

/** The whole confirmed mapping, version 1. */
export const MappingSchema = z.strictObject({
  version: z.literal(1),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  duplicates: z.enum(['sum', 'reject']).optional(),
  tables: z.array(TableMappingSchema).max(500),
  /** Account type per account label, overriding every other clue. */
  accountTypes: z
    .record(z.string().min(1).max(255), AccountTypeSchema)
    .refine((r) => Object.keys(r).length <= 10_000, 'too many account types')
    .optional(),
  /** Account code prefixes and the type they imply (default: 4 revenue, 5-9 expense). */
  codeTypes: z
    .array(z.strictObject({ prefix: z.string().regex(/^\d{1,8}$/), type: AccountTypeSchema }))
    .max(100)
    .optional(),
});

/** A validated mapping. */
export type Mapping = z.infer<typeof MappingSchema>;
/** A validated table entry of a mapping. */
export type TableMapping = z.infer<typeof TableMappingSchema>;

/** Validates a saved mapping (an object or its JSON text); never throws. */
export function parseMapping(input: unknown): { ok: true; mapping: Mapping } | { ok: false; message: string } {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > 5_000_000) return { ok: false, message: 'The saved mapping is too large to be a mapping.' };
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return { ok: false, message: 'The saved mapping is not valid JSON.' };
    }
  }
  if (hasForbiddenKey(value, 0)) return { ok: false, message: 'The saved mapping contains a key that is not allowed.' };
  const parsed = MappingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, message: `The saved mapping is not valid${where}: ${issue.message}.` };
  }
  return { ok: true, mapping: parsed.data };
}

function hasForbiddenKey(value: unknown, depth: number): boolean {
  if (depth > 8 || typeof value !== 'object' || value === null) return depth > 8;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return true;
    if (hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** The mapping the pane shows for confirmation: what detection understood, every account's type included. */
export function mappingFromRead(read: WorkbookRead, duplicates: 'sum' | 'reject' = 'sum'): Mapping {
  const accountTypes: Record<string, 'revenue' | 'expense'> = {};
  for (const fact of read.facts) accountTypes[fact.account] ??= fact.type;
  return {
    version: 1,
    fiscalYearStartMonth: read.fiscalYear.startMonth,
    duplicates,
    tables: read.tables.map((t) => ({
      id: t.id,
      sheet: t.sheet,
      headerRow: t.headerRow,
      role: t.role,
      scenario: t.scenarios.length === 1 ? t.scenarios[0] : null,
      columns: t.columns.map((c) => ({
        index: c.index,
        role: (COLUMN_ROLES as readonly string[]).includes(c.role)
          ? (c.role as (typeof COLUMN_ROLES)[number])
          : 'ignored',
        ...(c.period ? { period: c.period } : {}),
        ...(c.scenario ? { scenario: c.scenario } : {}),
      })),
    })),
    accountTypes,
  };
}
