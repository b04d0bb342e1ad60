import type { Page } from 'playwright-core';

/** What a layout check found wrong, in words, with the text involved. */
export interface LayoutProblems {
  readonly overflow: string[];
  readonly clipped: string[];
  readonly overlapping: string[];
}

/**
 * Layout faults a user would see in the element matching `rootSelector` (the pane): the page wider than the window
 * (sideways scrolling), text cut off by an ancestor that clips or scrolls it, and text drawn over other text. Text is
 * measured line by line (Range.getClientRects), so a wrapped sentence is not mistaken for an overlap; text hidden on
 * purpose (visually hidden labels, Fluent's focus sentinels, closed menus) has no box and is skipped.
 */
export async function layoutProblems(page: Page, rootSelector: string): Promise<LayoutProblems> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    const overflow: string[] = [];
    const clipped: string[] = [];
    const overlapping: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      overflow.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    }
    if (!root) return { overflow: [...overflow, `no element matches ${selector}`], clipped, overlapping };
    const rootBox = root.getBoundingClientRect();
    const texts: { text: string; box: DOMRect }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const parentBox = parent.getBoundingClientRect();
      // The visually-hidden recipe (1px, clipped) is for screen readers only.
      if (parentBox.width <= 1 || parentBox.height <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const boxes = [...range.getClientRects()].filter((b) => b.width > 0.5 && b.height > 0.5);
      // A shape drawn around its text (a badge's pill, a button) that the text spills out of: wrapped text in a
      // fixed-height pill reads as broken even though nothing clips it.
      const shaped =
        style.backgroundColor !== 'rgba(0, 0, 0, 0)' || parseFloat(style.borderTopWidth) > 0 ? parentBox : null;
      for (const box of boxes) {
        if (shaped && (box.top < shaped.top - 2 || box.bottom > shaped.bottom + 2)) {
          clipped.push(`"${text.slice(0, 60)}" spills out of its <${parent.tagName.toLowerCase()}> shape`);
        }
        texts.push({ text: text.slice(0, 60), box });
        if (box.right > rootBox.right + 1 || box.left < rootBox.left - 1) {
          clipped.push(
            `"${text.slice(0, 60)}" runs outside the pane (${Math.round(box.left)}-${Math.round(box.right)}px)`,
          );
          continue;
        }
        for (let el: Element | null = parent; el && el !== root.parentElement; el = el.parentElement) {
          const s = getComputedStyle(el);
          const clipsX = s.overflowX !== 'visible';
          const clipsY = s.overflowY !== 'visible';
          if (!clipsX && !clipsY) continue;
          const frame = el.getBoundingClientRect();
          const outX = clipsX && (box.left < frame.left - 1 || box.right > frame.right + 1);
          const outY = clipsY && (box.top < frame.top - 1 || box.bottom > frame.bottom + 1);
          // Text scrolled out of a scrolling box's view vertically is reachable; sideways is the fault we look for.
          if (outX || (outY && (s.overflowY === 'hidden' || s.overflowY === 'clip'))) {
            clipped.push(`"${text.slice(0, 60)}" is cut off by <${el.tagName.toLowerCase()} class="${el.className}">`);
            break;
          }
        }
      }
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i].box;
        const b = texts[j].box;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // The same words drawn twice in the same place (a chart's layers share their axes) look like one.
        const same = texts[i].text === texts[j].text && Math.abs(a.left - b.left) < 1 && Math.abs(a.top - b.top) < 1;
        // Line boxes of adjacent lines touch; a real overlap covers a few pixels both ways.
        if (!same && x > 2 && y > 3) overlapping.push(`"${texts[i].text}" overlaps "${texts[j].text}"`);
      }
    }
    return { overflow, clipped: [...new Set(clipped)], overlapping: [...new Set(overlapping)] };
  }, rootSelector);
}
