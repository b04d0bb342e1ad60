/**
 * Adds native charts to an .xlsx file ExcelJS has written (ExcelJS cannot write charts): for each sheet with charts,
 * a drawing part anchoring them, one chart part per chart, the relationships that link sheet -> drawing -> chart,
 * and their content types. Existing parts (a user's images) are left as they are; new part names avoid them.
 */
import JSZip from 'jszip';
import type { SeriesData } from './chartSeriesXml';
import { chartXml } from './chartXml';
import { drawingXml, relsXml } from './drawingXml';
import type { LayoutChart } from '../../engine/pack/SheetLayout';
import {
  addRelationship,
  CHART_TYPE,
  DRAWING_TYPE,
  freeIndex,
  insertDrawing,
  relsPathOf,
  sheetParts,
} from './xlsxPackage';

/** The charts to add to one sheet, with their cached values. */
export interface SheetCharts {
  /** The tab name the sheet was written under. */
  readonly sheetName: string;
  readonly charts: readonly { readonly chart: LayoutChart; readonly data: readonly SeriesData[] }[];
}

const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** The .xlsx bytes with the charts added; sheets not found by name are skipped (nothing to anchor to). */
export async function addChartParts(xlsx: Uint8Array, sheets: readonly SheetCharts[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let contentTypes = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  let chartNo = freeIndex(zip, 'xl/charts/chart', 1);
  let drawingNo = freeIndex(zip, 'xl/drawings/drawing', 1);
  for (const sheet of sheets) {
    const part = parts.get(sheet.sheetName);
    const sheetXml = part ? await zip.file(part)?.async('string') : undefined;
    if (!part || sheetXml === undefined || sheet.charts.length === 0 || sheetXml.includes('<drawing ')) continue;
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const anchored = sheet.charts.map((c, i) => {
      const chartPath = `xl/charts/chart${chartNo + i}.xml`;
      zip.file(chartPath, chartXml(c.chart, sheet.sheetName, c.data));
      contentTypes = contentTypes.replace(
        '</Types>',
        `<Override PartName="/${chartPath}" ContentType="${CHART_CT}"/></Types>`,
      );
      return {
        name: c.chart.id,
        from: c.chart.from,
        to: c.chart.to,
        relId: `rId${i + 1}`,
        target: `../charts/chart${chartNo + i}.xml`,
      };
    });
    chartNo += sheet.charts.length;
    zip.file(drawingPath, drawingXml(anchored));
    zip.file(
      relsPathOf(drawingPath),
      relsXml(anchored.map((a) => ({ id: a.relId, type: CHART_TYPE, target: a.target }))),
    );
    contentTypes = contentTypes.replace(
      '</Types>',
      `<Override PartName="/${drawingPath}" ContentType="${DRAWING_CT}"/></Types>`,
    );
    const relId = await addRelationship(zip, relsPathOf(part), DRAWING_TYPE, `../drawings/drawing${drawingNo}.xml`);
    drawingNo += 1;
    zip.file(part, insertDrawing(sheetXml, relId));
  }
  zip.file('[Content_Types].xml', contentTypes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
