import '@testing-library/jest-dom';
import { TextDecoder as NodeTextDecoder } from 'util';

// Browsers have TextDecoder (the .xlsx reader decodes sheet XML with it in the file preview); jsdom does not.
if (typeof globalThis.TextDecoder === 'undefined') {
  Object.defineProperty(globalThis, 'TextDecoder', { value: NodeTextDecoder, writable: true });
}

// jsdom has no layout engine and so no ResizeObserver; Fluent's MessageBar and charts observe their size. Without
// layout there is never a resize to report, so an observer that never calls back is the faithful stand-in.
class NoLayoutResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: NoLayoutResizeObserver, writable: true });
}
