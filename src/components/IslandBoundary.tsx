import { Component, type ReactNode } from 'react';
import { nl } from '../i18n/nl.ts';

interface State {
  hasFailed: boolean;
}

/**
 * A question or scenario that fails to render (a bug, data a future version no longer
 * understands) shows one calm sentence instead of taking the lesson with it; the rest of the
 * page and the learner's saved progress are untouched. The details go to the console for support.
 */
export class IslandBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { hasFailed: false };

  static getDerivedStateFromError(): State {
    return { hasFailed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[oov-island] this part of the lesson could not be shown:', error);
  }

  override render(): ReactNode {
    return this.state.hasFailed ? <p className="island-failed">{nl.islandFailed}</p> : this.props.children;
  }
}
