import { useState, type ReactNode } from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { ErrorBoundary } from './ErrorBoundary';

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
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
  },
  main: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
    <FluentProvider theme={theme} className={styles.root}>
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
          <TabList
            selectedValue={page?.id}
            onTabSelect={(_, data) => setSelected(String(data.value))}
            size="small"
            aria-label="Pages"
          >
            {pages.map((p) => (
              <Tab key={p.id} value={p.id} disabled={p.enabled === false} id={`tab-${p.id}`}>
                {p.label}
              </Tab>
            ))}
          </TabList>
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
