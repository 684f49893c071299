import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Catches a render crash in one view or panel so the rest of the dashboard keeps working.
 * API failures do not come here (QueryState shows those); this is for bugs, e.g. data a
 * chart cannot draw. `resetKey` (the URL, say) clears the failure when the user moves on.
 */

interface Props {
  /** Names the view in the developer console. */
  name?: string;
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  resetKey: string | undefined;
}

export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, error: null };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for the developer console; the user sees the message below.
    console.warn(`${this.props.name ?? 'A view'} failed to render`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="view-failed" role="alert">
        <p>
          <strong>This view failed.</strong> The rest of the dashboard still works. Try again; if it
          keeps failing, tell the intake team.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
