import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n/I18nProvider';

interface State {
  error: Error | null;
}

/** A crash in one screen shows a message and a reload button; local data is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const language = localStorage.getItem('anxun.language') === 'en' ? 'en' : 'zh-CN';
    return (
      <div className="error-page" role="alert">
        <h1>{translate(language, 'error.title')}</h1>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>{translate(language, 'error.retry')}</button>
      </div>
    );
  }
}
