import type { ReactNode } from 'react';
import { Link } from '@fluentui/react-components';
import type { SourceRef } from '../../engine';
import type { SelectCells } from '../session/PaneOperations';

/** Props of {@link SourceSentence}. */
export interface SourceSentenceProps {
  readonly refs: readonly SourceRef[];
  readonly onSelectCells: SelectCells;
  readonly children: ReactNode;
}

/** "H7", or "H7 +2" when the sentence rests on more cells; the sheet is in the link's accessible name and tooltip. */
function shortPlace(refs: readonly SourceRef[]): string {
  return refs.length === 1 ? refs[0].cell : `${refs[0].cell} +${refs.length - 1}`;
}

/**
 * A sentence in plain text followed by a small link to the cells it comes from: a whole sentence underlined as a
 * link is hard to read, and a bullet beside a wrapped link button sits at its last line.
 */
export function SourceSentence({ refs, onSelectCells, children }: SourceSentenceProps): ReactNode {
  if (refs.length === 0) return <>{children}</>;
  const first = refs[0];
  const where =
    refs.length === 1 ? `${first.sheet}!${first.cell}` : `${refs.length} cells from ${first.sheet}!${first.cell}`;
  return (
    <>
      {children}{' '}
      <Link
        as="button"
        inline
        onClick={() => onSelectCells(refs)}
        title={`Select ${where} in the workbook`}
        aria-label={`Select ${where} in the workbook`}
        style={{ whiteSpace: 'nowrap' }}
      >
        {shortPlace(refs)}
      </Link>
    </>
  );
}
