import type { ReactNode } from 'react';
import { Spinner, Text, type Theme } from '@fluentui/react-components';
import { App, type PaneDefinition } from './App';
import { DataPage } from './pages/DataPage';
import { ForecastPage } from './pages/ForecastPage';
import { GoalsPage } from './pages/GoalsPage';
import { KpisPage } from './pages/KpisPage';
import { PackPage } from './pages/PackPage';
import { SwotPage } from './pages/SwotPage';
import { VariancePage } from './pages/VariancePage';
import type { PaneHost } from './session/PaneHost';
import { usePaneSession, type PaneSession } from './session/usePaneSession';
import { StatusArea } from './StatusArea';

/** Props of {@link Pane}. */
export interface PaneProps {
  readonly host: PaneHost;
  readonly theme: Theme;
  readonly notice: string | null;
}

function waiting(session: PaneSession): ReactNode {
  return session.state.busy ? (
    <Spinner size="small" label="Reading the workbook…" />
  ) : (
    <Text>Nothing has been read yet.</Text>
  );
}

/** The months worth a pack: those up to the last month with actuals, and always the one under review. */
function reviewable(periods: readonly string[], lastActual: string | null, current: string): string[] {
  return periods.filter((p) => p === current || lastActual === null || p <= lastActual);
}

function pages(session: PaneSession): PaneDefinition[] {
  const { state } = session;
  const outcome = state.outcome;
  const result = outcome?.result;
  const busy = state.busy !== null;
  const onSelectCells = session.selectCells;
  const needsResult = (render: (r: NonNullable<typeof result>) => ReactNode) => () =>
    result ? render(result) : waiting(session);
  return [
    {
      id: 'data',
      label: 'Data',
      render: () =>
        outcome && state.choices ? (
          <DataPage
            key={state.revision}
            summary={outcome.summary}
            choices={state.choices}
            onConfirm={session.confirmData}
            onSelectCells={onSelectCells}
            busy={busy}
            confirmed={state.confirmed}
          />
        ) : (
          waiting(session)
        ),
    },
    {
      id: 'variance',
      label: 'Variance',
      enabled: !!result,
      render: needsResult((r) => <VariancePage result={r} onSelectCells={onSelectCells} />),
    },
    {
      id: 'forecast',
      label: 'Forecast',
      enabled: !!result,
      render: needsResult((r) => <ForecastPage result={r} budgets={outcome?.budgets} />),
    },
    {
      id: 'kpis',
      label: 'KPIs',
      enabled: !!result,
      render: needsResult((r) => <KpisPage result={r} onSelectCells={onSelectCells} />),
    },
    {
      id: 'swot',
      label: 'SWOT',
      enabled: !!result,
      // The page edits the SWOT as the table scores it; the result's SWOT already has the saved edits applied.
      render: needsResult(() => (
        <SwotPage
          swot={outcome?.analysedSwot ?? null}
          edits={state.swotEdits}
          onEditsChange={session.setSwotEdits}
          onSelectCells={onSelectCells}
        />
      )),
    },
    { id: 'goals', label: 'Goals', enabled: !!result, render: needsResult((r) => <GoalsPage result={r} />) },
    {
      id: 'pack',
      label: 'Pack',
      enabled: !!result,
      render: needsResult((r) => (
        <PackPage
          key={state.revision}
          periods={reviewable(r.fiscalYear.periods, outcome?.summary.lastActualPeriod ?? null, r.period)}
          period={state.report && state.settings.period ? state.settings.period : r.period}
          initialSheets={state.sheets}
          busy={busy}
          onBuild={session.buildPack}
          onRefresh={session.refreshPack}
          report={state.report}
        />
      )),
    },
  ];
}

/** The task pane: the shell with every page, driven by one session over the host it is given. */
export function Pane({ host, theme, notice }: PaneProps): ReactNode {
  const session = usePaneSession(host);
  const { state } = session;
  return (
    <App
      theme={theme}
      notice={notice}
      pages={pages(session)}
      status={
        <StatusArea
          busy={state.busy}
          error={state.error}
          notices={state.notices}
          onCancel={session.cancel}
          onDismissError={session.dismissError}
          onDismissNotice={session.dismissNotice}
        />
      }
    />
  );
}
