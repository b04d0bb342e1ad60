/** The drawing part that anchors a sheet's charts to their cell rectangles (`xl/drawings/drawingN.xml`). */
import { parseA1 } from '../../engine';
import { xmlEscape } from './xmlText';

/** A chart as its drawing anchors it. */
export interface AnchoredChart {
  /** The chart's name in Excel's selection pane (the layout's chart id). */
  readonly name: string;
  /** Top-left and bottom-right cells, as in the layout. */
  readonly from: string;
  readonly to: string;
  /** Relationship id of the chart part from this drawing. */
  readonly relId: string;
}

function marker(tag: 'from' | 'to', address: string): string {
  const p = parseA1(address) ?? { row: 0, column: 0 };
  return `<xdr:${tag}><xdr:col>${p.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** A drawing holding `charts`, each a graphic frame anchored from one cell to another. */
export function drawingXml(charts: readonly AnchoredChart[]): string {
  const anchors = charts
    .map(
      (chart, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker('from', chart.from)}${marker('to', chart.to)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${chart.relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors}</xdr:wsDr>`;
}

/** A relationships part listing `targets` as rId1, rId2... of `type`. */
export function relsXml(
  rels: readonly { readonly id: string; readonly type: string; readonly target: string }[],
): string {
  const items = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}
