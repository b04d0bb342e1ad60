import { useState, type ReactNode } from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { ErrorBoundary } from './ErrorBoundary';
import { PageTabs } from './PageTabs';

/** One page of the pane's navigation. */
export interface PaneDefinition {
  readonly id: string;
  readonly label: string;
  /** false greys the tab out, e.g. result pages before the workbook has been analysed */
  readonly enabled?: boolean;
  readonly render: () => ReactNode;
}

/** What the frame shows: the theme, a notice under the header, the pages and the status above them. */
export interface AppProps {
  readonly theme: Theme;
  /** A sentence shown under the header, e.g. why the pane runs as a preview; null inside Excel. */
  readonly notice: string | null;
  readonly pages: readonly PaneDefinition[];
  /** Shown above the pages for the whole session, e.g. progress and errors of long work. */
  readonly status?: ReactNode;
  /** The page shown first. @default the first page */
  readonly initialPage?: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Pages lay themselves out by the pane's width (see pages/useStackedRows.ts), not the window's.
    containerType: 'inline-size',
    containerName: 'pane',
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
  },
  main: {
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // A flex child shrinks below its content's width only when told to; without this a wide table widens the pane.
    minWidth: 0,
  },
});

/**
 * The pane's frame: Fluent theme, header, the page navigation (a keyboard-navigable TabList) and one error boundary
 * per page, so a failing page shows its error in words while the others keep working.
 */
export function App({ theme, notice, pages, status, initialPage }: AppProps): ReactNode {
  const styles = useStyles();
  const [selected, setSelected] = useState<string | undefined>(initialPage ?? pages[0]?.id);
  const page = pages.find((p) => p.id === selected) ?? pages[0];
  return (
    // The frame's own layout (full height, a background, a container) must not reach the portals Fluent mounts for
    // menus and dropdowns: with it each popup's mount node covered the whole window in white.
    <FluentProvider theme={theme} className={styles.root} applyStylesToPortals={false}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
          Ops Review
        </Text>
        {notice && (
          <MessageBar intent="info">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        <nav aria-label="Pages">
          <PageTabs
            tabs={pages.map((p) => ({ id: p.id, label: p.label, disabled: p.enabled === false }))}
            selected={page?.id}
            onSelect={setSelected}
          />
        </nav>
      </header>
      <main className={styles.main}>
        {status}
        {page ? (
          <section role="tabpanel" aria-labelledby={`tab-${page.id}`}>
            <ErrorBoundary key={page.id} area={`the ${page.label} page`}>
              {page.render()}
            </ErrorBoundary>
          </section>
        ) : (
          <Text>Open a workbook with budget, actuals or KPI tables to start a review.</Text>
        )}
      </main>
    </FluentProvider>
  );
}
