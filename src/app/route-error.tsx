import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface RouteErrorBoundaryProps {
  children: ReactNode;
  /** The URL: moving elsewhere (Back, a link) tries to render again. */
  resetKey: string;
}

interface RouteErrorBoundaryState {
  error: unknown;
  /** The `resetKey` the error happened at, or null while there is none. */
  failedAt: string | null;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : 'Unknown error';
}

/**
 * Last line of defence: a render error shows a message and a way back instead of a blank page.
 * Only a class can catch render errors in React.
 */
export class RouteErrorBoundary extends Component<
  RouteErrorBoundaryProps,
  RouteErrorBoundaryState
> {
  override state: RouteErrorBoundaryState = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<RouteErrorBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: RouteErrorBoundaryProps,
    state: RouteErrorBoundaryState,
  ): Partial<RouteErrorBoundaryState> | null {
    if (state.error === null) return null;
    if (state.failedAt === null) return { failedAt: props.resetKey };
    return state.failedAt === props.resetKey ? null : { error: null, failedAt: null };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A view failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <main id="main" className="app-main">
        <div className="notice notice--error" role="alert">
          <div className="notice__body">
            <p className="notice__title">Something went wrong while showing this page.</p>
            <p>{describeError(this.state.error)}</p>
            <a href="/">Back to the call log</a>
          </div>
        </div>
      </main>
    );
  }
}
