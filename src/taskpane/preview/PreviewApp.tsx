import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import type { BookSnapshot } from '../../workbook/fake/snapshot';
import { Pane } from '../Pane';
import { fetchSample, openPreviewBook, type PreviewBook } from './previewBook';
import { PreviewToolbar } from './PreviewToolbar';
import { SheetViewer } from './SheetViewer';
import { packToXlsx, type PreviewWrites } from './packToXlsx';
import { watchedHost } from './watchedHost';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(320px, 440px) minmax(0, 1fr)',
    minHeight: '100vh',
    // A window as narrow as a task pane shows the pane at its full width, as Excel would, and the sheets below it.
    '@media (max-width: 799px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  pane: {
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
    '@media (max-width: 799px)': { borderRight: 'none', borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  },
  side: {
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
});

/** Starts a browser download of `bytes` as `name`. */
function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Props of {@link PreviewApp}. */
export interface PreviewAppProps {
  readonly theme: Theme;
  /** Why the pane runs as a preview (office.js missing, not in Excel). */
  readonly reason: string;
}

/**
 * The pane outside Excel: the real pane over the in-browser workbook emulation, loaded with the sample workbook (or
 * the user's own .xlsx), beside a read-only view of the emulated sheets that redraws whenever the pane changes them.
 */
export function PreviewApp({ theme, reason }: PreviewAppProps): ReactNode {
  const styles = useStyles();
  const [book, setBook] = useState<PreviewBook | null>(null);
  const [snapshot, setSnapshot] = useState<BookSnapshot | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  // Each opened file gets a fresh pane (and session), not the previous workbook's state.
  const [generation, setGeneration] = useState(0);
  const writes = useRef<PreviewWrites>({ pack: null, settings: undefined });
  const [downloading, setDownloading] = useState(false);

  const load = useCallback(async (bytes: Promise<ArrayBuffer>, fileName: string) => {
    setLoading(true);
    try {
      const opened = await openPreviewBook(await bytes, fileName);
      setBook(opened);
      writes.current = { pack: null, settings: undefined };
      setGeneration((g) => g + 1);
      setSnapshot(opened.fake.snapshot());
      setProblem(null);
    } catch (error) {
      setProblem(
        `${fileName} could not be opened: ${error instanceof Error ? error.message : String(error)} Choose another .xlsx file.`,
      );
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => void load(fetchSample(), 'sample-ops-review.xlsx'), [load]);

  const host = useMemo(
    () =>
      book
        ? watchedHost(book.host, {
            onChange: () => setSnapshot(book.fake.snapshot()),
            onPack: (pack) => (writes.current = { ...writes.current, pack }),
            onSettings: (settings) => (writes.current = { ...writes.current, settings }),
          })
        : null,
    [book],
  );

  const onDownload = (): void => {
    if (!book) return;
    setDownloading(true);
    packToXlsx(book.bytes, writes.current)
      .then(
        (bytes) => download(bytes, book.fileName.replace(/\.xlsx$/i, '') + ' (Ops Review).xlsx'),
        (error: unknown) =>
          setProblem(`The workbook could not be downloaded: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setDownloading(false));
  };

  return (
    <div className={styles.layout}>
      <div className={styles.pane} data-area="pane">
        {host ? (
          <Pane
            key={generation}
            host={host}
            theme={theme}
            notice={`${reason} It works on the workbook shown on the right.`}
          />
        ) : (
          <FluentProvider theme={theme}>
            <Spinner label="Loading the sample workbook…" />
          </FluentProvider>
        )}
      </div>
      <FluentProvider theme={theme} className={styles.side} applyStylesToPortals={false}>
        <PreviewToolbar
          fileName={book?.fileName ?? null}
          busy={loading || downloading}
          onOpen={(file) => void load(file.arrayBuffer(), file.name)}
          onDownload={onDownload}
        />
        {problem && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>Preview problem.</MessageBarTitle>
              {problem}
            </MessageBarBody>
          </MessageBar>
        )}
        {snapshot && <SheetViewer snapshot={snapshot} />}
      </FluentProvider>
    </div>
  );
}
