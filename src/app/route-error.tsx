import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Last line of defence: a render error shows a message and a way back instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${String(error.status)} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main id="main" className="app-main">
      <div className="notice notice--error" role="alert">
        <div className="notice__body">
          <p className="notice__title">Something went wrong while showing this page.</p>
          <p>{message}</p>
          <a href="/">Back to the call log</a>
        </div>
      </div>
    </main>
  );
}
