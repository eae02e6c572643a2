import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead of the children once one of them has thrown; `reset` tries them again. */
  fallback: (reset: () => void) => ReactNode;
  /** A value whose change tries the children again on its own, such as the screen or the record shown. */
  resetKey?: unknown;
}

interface ErrorBoundaryState {
  hasError: boolean;
  failedKey: unknown;
}

/**
 * Keeps a render error inside the part of the page that threw, so one bad record never blanks the
 * whole app. React only catches render errors in class components, hence the class.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { hasError: false, failedKey: undefined };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { hasError: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    // Another screen or record gets a fresh try; the failed one keeps its fallback.
    if (state.hasError && props.resetKey !== state.failedKey) return { hasError: false, failedKey: props.resetKey };
    if (!state.hasError) return { failedKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A part of the page could not be shown:', error, info.componentStack);
  }

  private readonly reset = (): void => {
    this.setState({ hasError: false });
  };

  override render(): ReactNode {
    return this.state.hasError ? this.props.fallback(this.reset) : this.props.children;
  }
}
