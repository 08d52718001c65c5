import { lazy, Suspense } from 'react';
import { CopyLinkButton } from './copy-link-button';

// The popover and its store load on their own, off the entry chunk.
const SavedViewsMenu = lazy(() => import('./saved-views-menu'));

/** Header controls for the view on screen: keep it under a name, or copy its link. */
export function SavedViewsControls() {
  return (
    <div className="app-header__views">
      <Suspense
        fallback={
          <button type="button" className="button button--small" disabled>
            Saved views
          </button>
        }
      >
        <SavedViewsMenu />
      </Suspense>
      <CopyLinkButton />
    </div>
  );
}
