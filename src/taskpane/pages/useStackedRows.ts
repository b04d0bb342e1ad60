import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The pane is a size container named "pane" (see App): what matters is the pane's width, not the window's, since
 * the preview shows the pane beside a sheet.
 */
export const NARROW_PANE = '@container pane (max-width: 479px)';

/**
 * Tables that become stacked rows in a narrow pane: each row's first cell (its name) takes a line of its own and the
 * figures share the line below, under their column headers, so nothing is cut and nothing scrolls sideways. Works for
 * Fluent's Table (native elements) and DataGrid (ARIA roles).
 */
export const useStackedRows = makeStyles({
  table: {
    [NARROW_PANE]: {
      display: 'block',
      width: '100%',
      '& thead, & tbody, & [role=rowgroup]': { display: 'block' },
      '& tr, & [role=row]': {
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'baseline',
        columnGap: tokens.spacingHorizontalS,
        height: 'auto',
        paddingBottom: tokens.spacingVerticalXS,
      },
      '& td, & th, & [role=gridcell], & [role=columnheader]': {
        display: 'block',
        flexGrow: 1,
        flexShrink: 1,
        flexBasis: 0,
        minWidth: 0,
        height: 'auto',
        minHeight: 'auto',
        paddingLeft: 0,
        paddingRight: 0,
        overflowWrap: 'anywhere',
        width: 'auto',
      },
      // first-of-type: Fluent puts focus sentinels (<i>) before a grid row's first cell.
      '& td:first-of-type, & th:first-of-type, & [role=gridcell]:first-of-type, & [role=columnheader]:first-of-type': {
        flexBasis: '100%',
      },
    },
  },
});
