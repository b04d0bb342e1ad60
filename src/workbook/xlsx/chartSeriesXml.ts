/** The `<c:ser>` element of one chart series, with its IBCS look and the cached values LibreOffice and Excel show. */
import type { LayoutChartSeries, SeriesLook } from '../../engine';
import { sheetRef, xmlEscape } from './xmlText';

/** Values of a series as read from the layout, for the caches. */
export interface SeriesData {
  readonly name: string;
  readonly categories: readonly (string | number | null)[];
  readonly values: readonly (number | null)[];
}

const colour = (rgb: string, transparency = 0): string =>
  transparency > 0
    ? `<a:srgbClr val="${rgb}"><a:alpha val="${Math.round((1 - transparency) * 100_000)}"/></a:srgbClr>`
    : `<a:srgbClr val="${rgb}"/>`;

const fillXml = (fill: string | null, transparency: number): string =>
  fill === null ? '<a:noFill/>' : `<a:solidFill>${colour(fill, transparency)}</a:solidFill>`;

function lineXml(look: SeriesLook, width: number): string {
  if (look.line === null) return '<a:ln><a:noFill/></a:ln>';
  const dash = look.dash === 'dash' ? '<a:prstDash val="dash"/>' : '';
  return `<a:ln w="${width}"><a:solidFill>${colour(look.line)}</a:solidFill>${dash}</a:ln>`;
}

/** Shape properties: areas and columns filled, lines stroked only. */
function seriesSpPr(series: LayoutChartSeries): string {
  const { look } = series;
  if (series.plotAs === 'line') return `<c:spPr>${lineXml(look, 28575)}</c:spPr>`;
  if (series.plotAs === 'scatter') return '<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>';
  return `<c:spPr>${fillXml(look.fill, look.transparency)}${lineXml(look, 12700)}</c:spPr>`;
}

function pointsXml(values: readonly (string | number | null)[]): string {
  return values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${xmlEscape(String(v))}</c:v></c:pt>`))
    .join('');
}

function numRef(formula: string, values: readonly (number | null)[], format: string): string {
  return `<c:numRef><c:f>${xmlEscape(formula)}</c:f><c:numCache><c:formatCode>${xmlEscape(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pointsXml(values)}</c:numCache></c:numRef>`;
}

function strRef(formula: string, values: readonly (string | number | null)[]): string {
  return `<c:strRef><c:f>${xmlEscape(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pointsXml(values)}</c:strCache></c:strRef>`;
}

function pointColoursXml(series: LayoutChartSeries, invert: boolean): string {
  return (series.pointColours ?? [])
    .map(
      (rgb, i) =>
        `<c:dPt><c:idx val="${i}"/>${invert ? '<c:invertIfNegative val="0"/>' : ''}<c:bubble3D val="0"/><c:spPr><a:solidFill>${colour(rgb)}</a:solidFill></c:spPr></c:dPt>`,
    )
    .join('');
}

/**
 * The series element for a bar, line, area or scatter group. Element order follows the schema (CT_BarSer,
 * CT_LineSer, CT_AreaSer, CT_ScatterSer): Excel repairs, and LibreOffice ignores, out-of-order parts.
 */
export function chartSeriesXml(
  series: LayoutChartSeries,
  index: number,
  sheetName: string,
  categoriesRange: string,
  data: SeriesData,
  valueFormat: string,
): string {
  const ref = sheetRef(sheetName);
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx>${strRef(`${ref}${series.nameCell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`, [data.name])}</c:tx>${seriesSpPr(series)}`;
  const textCategories = data.categories.some((c) => typeof c === 'string');
  const cat = textCategories
    ? strRef(`${ref}${categoriesRange}`, data.categories)
    : numRef(
        `${ref}${categoriesRange}`,
        data.categories.map((c) => (typeof c === 'number' ? c : null)),
        'General',
      );
  const val = numRef(`${ref}${series.valuesRange}`, data.values, valueFormat);
  switch (series.plotAs) {
    case 'column':
    case 'bar':
      return `<c:ser>${head}<c:invertIfNegative val="0"/>${pointColoursXml(series, true)}<c:cat>${cat}</c:cat><c:val>${val}</c:val></c:ser>`;
    case 'line':
      return `<c:ser>${head}<c:marker><c:symbol val="none"/></c:marker><c:cat>${cat}</c:cat><c:val>${val}</c:val><c:smooth val="0"/></c:ser>`;
    case 'area':
      return `<c:ser>${head}<c:cat>${cat}</c:cat><c:val>${val}</c:val></c:ser>`;
    case 'scatter': {
      const fill = series.look.fill ?? '404040';
      return `<c:ser>${head}<c:marker><c:symbol val="circle"/><c:size val="12"/><c:spPr><a:solidFill>${colour(fill)}</a:solidFill></c:spPr></c:marker><c:xVal>${cat}</c:xVal><c:yVal>${val}</c:yVal><c:smooth val="0"/></c:ser>`;
    }
  }
}
