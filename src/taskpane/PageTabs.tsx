import type { ReactNode } from 'react';
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';

/** A page as the navigation shows it. */
export interface PageTab {
  readonly id: string;
  readonly label: string;
  readonly disabled: boolean;
}

/** Props of {@link PageTabs}. */
export interface PageTabsProps {
  readonly tabs: readonly PageTab[];
  readonly selected: string | undefined;
  readonly onSelect: (id: string) => void;
}

const useStyles = makeStyles({
  // The tab list may never be wider than the pane: what does not fit goes to the "More" menu.
  overflow: { minWidth: 0, maxWidth: '100%', overflow: 'hidden' },
  more: { minWidth: 'auto', flexShrink: 0 },
});

function MoreItem({ tab, onSelect }: { readonly tab: PageTab; readonly onSelect: (id: string) => void }): ReactNode {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return (
    <MenuItem disabled={tab.disabled} onClick={() => onSelect(tab.id)}>
      {tab.label}
    </MenuItem>
  );
}

function MoreMenu({ tabs, onSelect }: Omit<PageTabsProps, 'selected'>): ReactNode {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          size="small"
          className={styles.more}
          // A tab list may hold only tabs (Fluent's overflow pattern makes its menu trigger one too).
          role="tab"
          aria-label={`${overflowCount} more page${overflowCount === 1 ? '' : 's'}`}
        >
          More ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <MoreItem key={tab.id} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The pages as a keyboard-navigable tab list that never scrolls the pane sideways: Fluent's overflow pattern keeps
 * the tabs that fit (the selected one always among them) and puts the rest in a "More" menu, so all seven pages
 * are one click away at Excel's default 350 px pane width.
 */
export function PageTabs({ tabs, selected, onSelect }: PageTabsProps): ReactNode {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={2}>
      <TabList
        className={styles.overflow}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(String(data.value))}
        size="small"
        aria-label="Pages"
      >
        {tabs.map((tab) => (
          <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
            <Tab value={tab.id} disabled={tab.disabled} id={`tab-${tab.id}`}>
              {tab.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreMenu tabs={tabs} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}
