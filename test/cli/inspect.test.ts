import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { packCommand } from '../../src/cli/pack';
import { inspectCommand } from '../../src/cli/inspect';
import { sampleWorkbookPath } from '../../src/cli/sampleWorkbookPath';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample-ops-review.xlsx');

describe('ops-review inspect', () => {
  it('prints what was detected in words', async () => {
    const { io, out } = capture();
    expect(await inspectCommand([SAMPLE], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('Fiscal year: FY2026 (Jan 2026 to Dec 2026); actuals through Jun 2026');
    expect(text).toContain('Budget FY26!A4:Q30: finance, wide, budget');
    expect(text).toContain('KpiTable (KPIs!A3:P14): kpi, wide');
    expect(text).toContain('Read: 479 finance amounts, 11 KPIs, 12 SWOT factors, 4 objectives');
    expect(text).toContain('Budget FY26 row 10: subtotal (Total revenue)');
    expect(text).toMatch(/error {3}Actuals FY26!H7: H7 shows the Excel error #N\/A/);
    // Reading the workbook loads ExcelJS first: seconds on a busy machine.
  }, 30_000);

  it('prints the reading as JSON with --json', async () => {
    const { io, out } = capture();
    expect(await inspectCommand([SAMPLE, '--json'], io)).toBe(0);
    const doc = JSON.parse(out.join('')) as { tables: unknown[]; facts: unknown[]; lastActualPeriod: string };
    expect(doc.tables).toHaveLength(6);
    expect(doc.facts).toHaveLength(479);
    expect(doc.lastActualPeriod).toBe('2026-06');
  }, 30_000);

  it('inspects the embedded sample when no file is given', async () => {
    expect(sampleWorkbookPath()).toBe(SAMPLE);
    const { io, out } = capture();
    expect(await inspectCommand([], io)).toBe(0);
    expect(out.join('')).toContain(`Workbook: ${SAMPLE}`);
  }, 30_000);

  it('passes the fiscal start and duplicate options through', async () => {
    const { io, out } = capture();
    expect(await inspectCommand([SAMPLE, '--fiscal-start', '4', '--duplicates', 'reject'], io)).toBe(0);
    // With an April start, nine of the twelve budget months (Apr-Dec 2026) fall in the year ending March 2027.
    expect(out.join('')).toContain('Fiscal year: FY2027 (Apr 2026 to Mar 2027)');
  }, 30_000);

  it.each([
    [['--fiscal-start', '13'], 2, 'from 1 (January) to 12'],
    [['--duplicates', 'merge'], 2, '"sum" or "reject"'],
    [['--verbose'], 2, 'unknown option'],
    [['a.xlsx', 'b.xlsx'], 2, 'only one file'],
    [['/nonexistent/budget.xlsx'], 1, 'does not exist'],
    [[__filename], 1, 'is not an Excel workbook'],
  ])(
    'exits %j with %i and says why',
    async (argv, code, words) => {
      const { io, err, out } = capture();
      expect(await inspectCommand(argv, io)).toBe(code);
      expect(err.join('')).toContain(words);
      expect(out).toEqual([]);
    },
    30_000,
  );

  it("does not list a packed workbook's own pack sheets as the user's tables", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-review-inspect-'));
    const packed = join(dir, 'packed.xlsx');
    expect(await packCommand([SAMPLE, '--out', packed], capture().io)).toBe(0);
    const { io, out } = capture();
    expect(await inspectCommand([packed], io)).toBe(0);
    expect(out.join('')).toContain('Budget FY26!A4:Q30: finance, wide, budget');
    expect(out.join('')).not.toMatch(/OR (Summary|Variance|Forecast|KPIs|SWOT|Goals)!/);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
