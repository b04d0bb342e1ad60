import { useState, type ReactNode } from 'react';
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PACK_SHEET_KEYS, type PackSheetKey } from '../../engine';
import type { WriteReport } from '../../workbook/WorkbookPort';
import { formatPeriod } from '../format';

const SHEET_LABELS: Record<PackSheetKey, string> = {
  summary: 'Summary',
  variance: 'Variance',
  forecast: 'Forecast',
  kpis: 'KPIs',
  swot: 'SWOT',
  goals: 'Goals',
};

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sheets: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** What the user asks the pack to hold. */
export interface PackRequest {
  readonly period: string;
  readonly sheets: readonly PackSheetKey[];
}

/** Props of {@link PackPage}. */
export interface PackPageProps {
  /** The months a pack can be built for, oldest first. */
  readonly periods: readonly string[];
  /** The month of the current analysis. */
  readonly period: string;
  readonly initialSheets: readonly PackSheetKey[];
  readonly busy: boolean;
  /** Writes the pack for the chosen month and sheets. */
  readonly onBuild: (request: PackRequest) => void;
  /** Reads the workbook again and rewrites the pack for the same month, keeping the commentary typed into it. */
  readonly onRefresh: (request: PackRequest) => void;
  readonly report: WriteReport | null;
}

/** Chooses the month and sheets of the review pack, writes it, and says what was written. */
export function PackPage({
  periods,
  period,
  initialSheets,
  busy,
  onBuild,
  onRefresh,
  report,
}: PackPageProps): ReactNode {
  const styles = useStyles();
  const [chosen, setChosen] = useState(period);
  const [sheets, setSheets] = useState<readonly PackSheetKey[]>(initialSheets);
  const toggle = (key: PackSheetKey, on: boolean): void =>
    setSheets(PACK_SHEET_KEYS.filter((k) => (k === key ? on : sheets.includes(k))));
  return (
    <div className={styles.page}>
      <Text as="h2" size={400} weight="semibold">
        Review pack
      </Text>
      <Field label="Month">
        <Select value={chosen} onChange={(_, data) => setChosen(data.value)}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {formatPeriod(p)}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.sheets}>
        <legend>Sheets</legend>
        {PACK_SHEET_KEYS.map((key) => (
          <Checkbox
            key={key}
            label={SHEET_LABELS[key]}
            checked={sheets.includes(key)}
            onChange={(_, data) => toggle(key, data.checked === true)}
          />
        ))}
      </fieldset>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || sheets.length === 0}
          onClick={() => onBuild({ period: chosen, sheets })}
        >
          Build review pack
        </Button>
        <Button disabled={busy || sheets.length === 0} onClick={() => onRefresh({ period: chosen, sheets })}>
          Refresh
        </Button>
      </div>
      <Text size={200}>
        Refresh reads the workbook again and rewrites the {formatPeriod(chosen)} pack, keeping comments typed into it.
      </Text>
      {sheets.length === 0 && <Text>Choose at least one sheet.</Text>}
      {report && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Pack written.</MessageBarTitle>
            {report.sheets.map((s) => `${s.name} (${s.created ? 'new' : 'refreshed'})`).join(', ')}.
            {report.messages.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
