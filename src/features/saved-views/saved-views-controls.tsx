import { lazy, Suspense } from 'react';
import { useDeferredModulesReleased } from '@/lib/deferred-module';
import { CopyLinkButton } from './copy-link-button';

// The popover and its store load on their own, off the entry chunk, once the first rows are in.
const SavedViewsMenu = lazy(() => import('./saved-views-menu'));

const placeholder = (
  <button type="button" className="button button--small" disabled>
    Saved views
  </button>
);

/** Header controls for the view on screen: keep it under a name, or copy its link. */
export function SavedViewsControls() {
  const afterFirstRows = useDeferredModulesReleased();
  return (
    <div className="app-header__views">
      {afterFirstRows ? (
        <Suspense fallback={placeholder}>
          <SavedViewsMenu />
        </Suspense>
      ) : (
        placeholder
      )}
      <CopyLinkButton />
    </div>
  );
}
