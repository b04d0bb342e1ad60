import { useRef, type ReactNode } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** Props of {@link PreviewToolbar}. */
export interface PreviewToolbarProps {
  readonly fileName: string | null;
  readonly busy: boolean;
  readonly onOpen: (file: File) => void;
  readonly onDownload: () => void;
}

/** Open another .xlsx into the preview, or download the emulated workbook with the pack written into it. */
export function PreviewToolbar({ fileName, busy, onOpen, onDownload }: PreviewToolbarProps): ReactNode {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.bar}>
      <Text weight="semibold">Preview of {fileName ?? 'no workbook'}</Text>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Open an .xlsx workbook"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onOpen(file);
          event.target.value = '';
        }}
      />
      <Button disabled={busy} onClick={() => input.current?.click()}>
        Open .xlsx…
      </Button>
      <Button disabled={busy || fileName === null} onClick={onDownload}>
        Download .xlsx
      </Button>
    </div>
  );
}
