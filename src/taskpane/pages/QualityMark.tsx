import type { ReactNode } from 'react';
import { Badge } from '@fluentui/react-components';
import type { AnalysisResult } from '../../engine';

type Quality = NonNullable<AnalysisResult['kpis'][number]['quality']>;

/** Props of {@link QualityMark}. */
export interface QualityMarkProps {
  /** The figure's data-quality mark; nothing is shown when it is absent. */
  readonly quality: Quality | undefined;
}

/**
 * A small warning badge beside a figure that rests on a cell which could not be read (an Excel error, a word where a
 * number should be, a value carried from an earlier month); hovering it says which cells and what was done. A native
 * title rather than a Fluent Tooltip: the sentences are long, and a tooltip portal opened by a badge that scrolls
 * under the pointer covered the tab bar and took its clicks (the 350 px browser test found it).
 */
export function QualityMark({ quality }: QualityMarkProps): ReactNode {
  if (quality === undefined || quality.issues.length === 0) return null;
  const text = quality.issues.map((issue) => issue.text).join(' ');
  const label = quality.issues.some((issue) => issue.issue === 'carried-forward') ? 'carried' : 'unreadable cell';
  return (
    <Badge
      appearance="tint"
      color="warning"
      title={text}
      aria-label={`Data quality: ${text}`}
      style={{ whiteSpace: 'nowrap' }}
    >
      ⚠ {label}
    </Badge>
  );
}
