import type { ReactNode } from 'react';
import { Link } from '@fluentui/react-components';
import type { SourceRef } from '../../engine';
import type { SelectCells } from '../session/PaneOperations';

/** Props of {@link SourceLink}. */
export interface SourceLinkProps {
  readonly refs: readonly SourceRef[];
  readonly onSelectCells: SelectCells;
  readonly children: ReactNode;
}

/** Text that selects its source cells in the workbook when clicked or activated from the keyboard. */
export function SourceLink({ refs, onSelectCells, children }: SourceLinkProps): ReactNode {
  if (refs.length === 0) return <>{children}</>;
  const first = refs[0];
  const where =
    refs.length === 1 ? `${first.sheet}!${first.cell}` : `${refs.length} cells from ${first.sheet}!${first.cell}`;
  return (
    <Link
      as="button"
      inline
      style={{ textAlign: 'left' }}
      onClick={() => onSelectCells(refs)}
      title={`Select ${where} in the workbook`}
    >
      {children}
    </Link>
  );
}
