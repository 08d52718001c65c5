import { afterEach, describe, expect, it } from 'vitest';
import { focusTargetOnClose } from './focus-on-close';

function table(ids: string[]): HTMLTableRowElement[] {
  const body = document.createElement('tbody');
  const rows = ids.map((id) => {
    const row = document.createElement('tr');
    row.dataset.rowId = id;
    row.tabIndex = 0;
    body.append(row);
    return row;
  });
  const element = document.createElement('table');
  element.append(body);
  document.body.append(element);
  return rows;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('focusTargetOnClose', () => {
  it('is the row of the call the panel showed, even when another row opened it', () => {
    const [first, second] = table(['a', 'b']);
    expect(focusTargetOnClose(document, 'b', first ?? null)).toBe(second);
  });

  it('finds ids that are not valid CSS', () => {
    const [row] = table(['x"] y']);
    expect(focusTargetOnClose(document, 'x"] y', null)).toBe(row);
  });

  it('falls back to what had focus when the call is not on this page', () => {
    table(['a']);
    const button = document.createElement('button');
    document.body.append(button);
    expect(focusTargetOnClose(document, 'elsewhere', button)).toBe(button);
  });

  it('is null when the opener is gone or was the page itself', () => {
    const gone = document.createElement('button');
    expect(focusTargetOnClose(document, 'a', gone)).toBeNull();
    expect(focusTargetOnClose(document, 'a', document.body)).toBeNull();
    expect(focusTargetOnClose(document, 'a', null)).toBeNull();
  });
});
