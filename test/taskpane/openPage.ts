import { fireEvent, screen } from '@testing-library/react';

/**
 * Opens a page of the pane as a user would: from its tab, or from the "More" menu when the tab did not fit. jsdom has
 * no layout, so Fluent's overflow may put any tab in the menu; both ways must work.
 */
export async function openPage(name: string): Promise<void> {
  const tab = screen.queryByRole('tab', { name });
  if (tab) {
    fireEvent.click(tab);
    return;
  }
  fireEvent.click(screen.getByRole('tab', { name: /more page/ }));
  fireEvent.click(await screen.findByRole('menuitem', { name }));
}
