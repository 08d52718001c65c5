import * as Popover from '@radix-ui/react-popover';
import type { SyntheticEvent } from 'react';
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import {
  MAX_NAME_LENGTH,
  addSavedView,
  deleteSavedView,
  renameSavedView,
} from './saved-views-store';
import type { SavedView } from './saved-views-store';
import { useSavedViews } from './use-saved-views';
import './saved-views.css';

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

function SavedViewItem({
  view,
  onOpen,
  onRename,
  onDelete,
}: {
  view: SavedView;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
}) {
  const [draft, setDraft] = useState<string>();
  const id = useId();
  if (draft !== undefined) {
    return (
      <li className="saved-views__item">
        <form
          className="saved-views__form"
          onSubmit={(event) => {
            event.preventDefault();
            onRename(draft);
            setDraft(undefined);
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-name`}>
            New name for {view.name}
          </label>
          <input
            id={`${id}-name`}
            className="field-input"
            value={draft}
            maxLength={MAX_NAME_LENGTH}
            required
            autoFocus
            onChange={(event) => {
              setDraft(event.target.value);
            }}
          />
          <button type="submit" className="button button--small">
            Save name
          </button>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => {
              setDraft(undefined);
            }}
          >
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="saved-views__item">
      <Link className="saved-views__link" to={view.url} onClick={onOpen}>
        {view.name}
      </Link>
      <button
        type="button"
        className="button button--small button--ghost"
        aria-label={`Rename ${view.name}`}
        onClick={() => {
          setDraft(view.name);
        }}
      >
        Rename
      </button>
      <button
        type="button"
        className="button button--small button--ghost"
        aria-label={`Delete ${view.name}`}
        onClick={onDelete}
      >
        Delete
      </button>
    </li>
  );
}

/** "Saved views": name and keep the current URL, then open, rename or delete what was kept. */
export default function SavedViewsMenu() {
  const { pathname, search } = useLocation();
  const { views, change } = useSavedViews();
  const [isOpen, setIsOpen] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const id = useId();

  const onSave = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const isSaved = change((current) =>
      addSavedView(current, { id: newId(), name, url: `${pathname}${search}` }),
    );
    if (isSaved) {
      setName('');
      setProblem('');
    } else {
      setProblem('This browser did not let the dashboard store the view.');
    }
  };

  return (
    <Popover.Root open={isOpen} onOpenChange={setIsOpen}>
      <Popover.Trigger asChild>
        <button type="button" className="button button--small">
          Saved views
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="saved-views"
          align="end"
          sideOffset={4}
          aria-label="Saved views"
        >
          <form className="saved-views__form" onSubmit={onSave}>
            <label htmlFor={`${id}-name`}>Name this view</label>
            <input
              id={`${id}-name`}
              className="field-input"
              value={name}
              maxLength={MAX_NAME_LENGTH}
              required
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
            <button type="submit" className="button button--small button--primary">
              Save view
            </button>
          </form>
          {problem ? (
            <p className="saved-views__problem" role="alert">
              {problem}
            </p>
          ) : null}
          {views.length === 0 ? (
            <p className="muted">No saved views yet.</p>
          ) : (
            <ul className="saved-views__list" aria-label="Saved views list">
              {views.map((view) => (
                <SavedViewItem
                  key={view.id}
                  view={view}
                  onOpen={() => {
                    setIsOpen(false);
                  }}
                  onRename={(next) => change((current) => renameSavedView(current, view.id, next))}
                  onDelete={() => change((current) => deleteSavedView(current, view.id))}
                />
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
