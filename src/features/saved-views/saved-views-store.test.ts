import { describe, expect, it } from 'vitest';
import {
  addSavedView,
  cleanName,
  deleteSavedView,
  parseSavedViews,
  renameSavedView,
  serializeSavedViews,
} from './saved-views-store';

const a = { id: 'a', name: 'Answered', url: '/?filters[outcome]=answered' };
const b = { id: 'b', name: 'Team', url: '/team?sort=-meetings_set' };

describe('parseSavedViews', () => {
  it('reads back what was stored', () => {
    expect(parseSavedViews(serializeSavedViews([a, b]))).toEqual([a, b]);
  });

  it('treats missing, broken or foreign data as nothing', () => {
    expect(parseSavedViews(null)).toEqual([]);
    expect(parseSavedViews('{not json')).toEqual([]);
    expect(parseSavedViews('{"a":1}')).toEqual([]);
  });

  it('drops entries that do not fit, and repeated ids', () => {
    const stored = JSON.stringify([
      a,
      { ...b, url: 'https://evil.example/' },
      { ...b, url: '//evil.example/' },
      { id: 'c', name: '', url: '/' },
      { id: 'd', url: '/' },
      'text',
      { ...a, name: 'Again' },
      b,
    ]);
    expect(parseSavedViews(stored)).toEqual([a, b]);
  });
});

describe('edits', () => {
  it('adds at the top with a clean name, replacing a view of the same name', () => {
    const views = addSavedView([a, b], { id: 'c', name: '  answered  ', url: '/?page=2' });
    expect(views).toEqual([{ id: 'c', name: 'answered', url: '/?page=2' }, b]);
  });

  it('refuses a blank name or a foreign URL', () => {
    expect(addSavedView([a], { id: 'c', name: '  ', url: '/' })).toEqual([a]);
    expect(addSavedView([a], { id: 'c', name: 'x', url: 'https://x.example/' })).toEqual([a]);
  });

  it('renames and deletes by id', () => {
    expect(renameSavedView([a, b], 'a', 'Connected')).toEqual([{ ...a, name: 'Connected' }, b]);
    expect(renameSavedView([a, b], 'a', ' ')).toEqual([a, b]);
    expect(renameSavedView([a, b], 'a', 'team')).toEqual([{ ...a, name: 'team' }]);
    expect(deleteSavedView([a, b], 'a')).toEqual([b]);
  });

  it('cleans names', () => {
    expect(cleanName(' My\n view ')).toBe('My view');
    expect(cleanName('x'.repeat(200))).toHaveLength(80);
    expect(cleanName('   ')).toBeUndefined();
  });
});
