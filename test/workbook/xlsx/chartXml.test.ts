import type { LayoutChart } from '../../../src/engine/pack/SheetLayout';
import { chartXml } from '../../../src/workbook/xlsx/chartXml';

describe('chartXml', () => {
  const chart: LayoutChart = {
    id: 'c',
    type: 'stackedColumn',
    title: 'Costs by type',
    from: 'D2',
    to: 'L20',
    categoriesRange: '$A$3:$A$4',
    series: ['Fixed', 'Variable'].map((name, i) => ({
      name,
      nameCell: `${'BC'[i]}2`,
      valuesRange: `$${'BC'[i]}$3:$${'BC'[i]}$4`,
      role: 'actual' as const,
      plotAs: 'column' as const,
      look: { fill: '404040', line: '404040', dash: 'solid' as const, transparency: 0 },
    })),
    valueFormat: '#,##0',
  };
  const data = [
    { name: 'Fixed', categories: ['Jan', 'Feb'], values: [10, 12] },
    { name: 'Variable', categories: ['Jan', 'Feb'], values: [5, null] },
  ];

  it('stacks the columns of a stackedColumn chart and leaves a gap for an empty cell', () => {
    const xml = chartXml(chart, "Director's pack", data);
    expect(xml).toContain('<c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    // Sheet names with an apostrophe are quoted as Excel writes them.
    expect(xml).toContain("<c:f>'Director''s pack'!$C$3:$C$4</c:f>");
    expect(xml).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>5</c:v></c:pt></c:numCache>');
  });

  it('clusters columns otherwise', () => {
    expect(chartXml({ ...chart, type: 'columnLine' }, 'S', data)).toContain('<c:grouping val="clustered"/>');
  });
});
