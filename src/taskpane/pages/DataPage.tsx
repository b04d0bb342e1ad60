import { useState, type ReactNode } from 'react';
import {
  Accordion,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatPeriod } from '../format';
import type { SelectCells } from '../session/PaneOperations';
import { AccountTypes } from './AccountTypes';
import { MONTH_NAMES } from '../../engine';
import { withAccountType, withColumnRole, type DataChoices, type DataSummary } from './dataChoices';
import { DiagnosticsList } from './DiagnosticsList';
import { TableCard } from './TableCard';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  confirm: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

/** Props of {@link DataPage}. */
export interface DataPageProps {
  readonly summary: DataSummary;
  readonly choices: DataChoices;
  /** Saves the choices in the workbook and analyses again with them. */
  readonly onConfirm: (choices: DataChoices) => void;
  readonly onSelectCells: SelectCells;
  /** False while long work runs, so the choices cannot be confirmed twice. */
  readonly busy: boolean;
  /** What the last confirmation did, shown under its button; null before the first. */
  readonly confirmed?: string | null;
}

/** The tables found, what they were read as, the problems found, and the user's confirmations and corrections. */
export function DataPage({
  summary,
  choices,
  onConfirm,
  onSelectCells,
  busy,
  confirmed = null,
}: DataPageProps): ReactNode {
  const styles = useStyles();
  const [draft, setDraft] = useState<DataChoices>(choices);
  // Only months with actuals can be reviewed; without any actuals every month of the year is offered.
  const last = summary.lastActualPeriod;
  const periods = summary.fiscalYear.periods.filter((p) => last === null || p <= last);
  return (
    <div className={styles.page}>
      <Text as="h2" size={400} weight="semibold">
        Data found in the workbook
      </Text>
      <Text>
        {summary.tables.length} {summary.tables.length === 1 ? 'table' : 'tables'} found; fiscal year{' '}
        {summary.fiscalYearKnown === false ? 'not known (no figures by month)' : summary.fiscalYear.label}; last month
        with actuals: {summary.lastActualPeriod ? formatPeriod(summary.lastActualPeriod) : 'none'}.
      </Text>
      <div className={styles.row}>
        <Field label="Fiscal year starts in">
          <Select
            value={String(draft.mapping.fiscalYearStartMonth)}
            onChange={(_, data) =>
              setDraft({ ...draft, mapping: { ...draft.mapping, fiscalYearStartMonth: Number(data.value) } })
            }
          >
            {MONTH_NAMES.map((name, i) => (
              <option key={name} value={i + 1}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Month to review">
          <Select value={draft.period ?? ''} onChange={(_, data) => setDraft({ ...draft, period: data.value || null })}>
            <option value="">Last month with actuals</option>
            {periods.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Accordion multiple collapsible>
        {summary.tables.map((table) => (
          <TableCard
            key={table.id}
            table={table}
            mapping={draft.mapping}
            onSelectCells={onSelectCells}
            onRoleChange={(index, role) =>
              setDraft({ ...draft, mapping: withColumnRole(draft.mapping, table.id, index, role) })
            }
          />
        ))}
      </Accordion>
      <AccountTypes
        accounts={summary.accounts}
        types={draft.mapping.accountTypes ?? {}}
        onSelectCells={onSelectCells}
        onChange={(account, type) => setDraft({ ...draft, mapping: withAccountType(draft.mapping, account, type) })}
      />
      <div className={styles.confirm}>
        <Button appearance="primary" disabled={busy} onClick={() => onConfirm(draft)}>
          {busy ? 'Analysing…' : 'Confirm and analyse'}
        </Button>
        <div role="status">
          {confirmed && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{confirmed}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </div>
      <Text as="h3" weight="semibold">
        Problems found
      </Text>
      <DiagnosticsList diagnostics={summary.diagnostics} onSelectCells={onSelectCells} />
    </div>
  );
}
