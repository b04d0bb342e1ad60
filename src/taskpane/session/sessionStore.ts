import { initialSession, sessionReducer, type SessionEvent, type SessionState } from './sessionState';

/** The session's state and its one way to change: events through {@link sessionReducer}. */
export interface SessionStore {
  getState(): SessionState;
  dispatch(event: SessionEvent): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * A store over the reducer. State is replaced synchronously on each dispatch, so the session's steps always read
 * the state as it is now (React's own state would only show it on the next render).
 */
export function createSessionStore(state: SessionState = initialSession()): SessionStore {
  let current = state;
  const listeners = new Set<() => void>();
  return {
    getState: () => current,
    dispatch(event) {
      const next = sessionReducer(current, event);
      if (next === current) return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
