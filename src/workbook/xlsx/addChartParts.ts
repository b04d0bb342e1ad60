/**
 * Adds native charts to a pack sheet (ExcelJS, the pack's cell renderer, cannot write charts): a drawing part
 * anchoring them, one chart part per chart, the relationships that link sheet -> drawing -> chart, and their content
 * types. Existing parts (a user's images and charts) are left as they are; new part names avoid them.
 */
import JSZip from 'jszip';
import type { SeriesData } from './chartSeriesXml';
import { chartXml } from './chartXml';
import { drawingXml, relsXml } from './drawingXml';
import type { LayoutChart } from '../../engine';
import {
  CHART_TYPE,
  DRAWING_TYPE,
  freeIndex,
  insertDrawing,
  relativeTarget,
  relsPathOf,
  sheetParts,
  withOverride,
  withRelationship,
} from './xlsxPackage';

/** The charts to add to one sheet, with their cached values. */
export interface SheetCharts {
  /** The tab name the sheet was written under. */
  readonly sheetName: string;
  readonly charts: readonly { readonly chart: LayoutChart; readonly data: readonly SeriesData[] }[];
}

const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** A sheet part with its charts: the new sheet XML, its relationships and the package's content types. */
export interface ChartedSheet {
  readonly sheetXml: string;
  readonly rels: string | null;
  readonly types: string;
}

/**
 * Adds a drawing anchoring `sheet`'s charts, one chart part per chart (under free names, written into `zip`), and
 * returns the sheet part `part` linked to that drawing; the sheet XML, its rels and the content types are returned
 * rather than written, so a caller editing them further writes each once.
 */
export function addSheetCharts(zip: JSZip, sheet: SheetCharts, part: string, before: ChartedSheet): ChartedSheet {
  if (sheet.charts.length === 0 || before.sheetXml.includes('<drawing ')) return before;
  let types = before.types;
  const chartNo = freeIndex(zip, 'xl/charts/chart', 1);
  const anchored = sheet.charts.map((c, i) => {
    const chartPath = `xl/charts/chart${chartNo + i}.xml`;
    zip.file(chartPath, chartXml(c.chart, sheet.sheetName, c.data));
    types = withOverride(types, chartPath, CHART_CT);
    return {
      name: c.chart.id,
      from: c.chart.from,
      to: c.chart.to,
      relId: `rId${i + 1}`,
      target: `../charts/chart${chartNo + i}.xml`,
    };
  });
  const drawingPath = `xl/drawings/drawing${freeIndex(zip, 'xl/drawings/drawing', 1)}.xml`;
  zip.file(drawingPath, drawingXml(anchored));
  zip.file(
    relsPathOf(drawingPath),
    relsXml(anchored.map((a) => ({ id: a.relId, type: CHART_TYPE, target: a.target }))),
  );
  types = withOverride(types, drawingPath, DRAWING_CT);
  const linked = withRelationship(before.rels, DRAWING_TYPE, relativeTarget(part, drawingPath));
  return { sheetXml: insertDrawing(before.sheetXml, linked.id), rels: linked.xml, types };
}

/** The .xlsx bytes with the charts added; sheets not found by name are skipped (nothing to anchor to). */
export async function addChartParts(xlsx: Uint8Array, sheets: readonly SheetCharts[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  for (const sheet of sheets) {
    const part = parts.get(sheet.sheetName);
    const sheetXml = part ? await zip.file(part)?.async('string') : undefined;
    if (!part || sheetXml === undefined) continue;
    const rels = (await zip.file(relsPathOf(part))?.async('string')) ?? null;
    const charted = addSheetCharts(zip, sheet, part, { sheetXml, rels, types });
    types = charted.types;
    zip.file(part, charted.sheetXml);
    if (charted.rels !== null) zip.file(relsPathOf(part), charted.rels);
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
