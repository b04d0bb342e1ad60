import type { ReactNode } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** Props of {@link ImpactText}. */
export interface ImpactTextProps {
  readonly favourable: boolean;
  readonly children: ReactNode;
}

/**
 * A figure coloured by business impact (IBCS: green good, red bad, whatever the sign), with the word spoken to screen
 * readers so colour is never the only cue. Fluent's palette tokens keep the contrast readable in dark themes too.
 */
export function ImpactText({ favourable, children }: ImpactTextProps): ReactNode {
  const styles = useStyles();
  return (
    <Text className={favourable ? styles.good : styles.bad}>
      {children}
      <span style={visuallyHidden}>{favourable ? ' (favourable)' : ' (unfavourable)'}</span>
    </Text>
  );
}

/** Hidden on screen, still read aloud: the standard "visually hidden" recipe. */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
