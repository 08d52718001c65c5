import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { scoredCallSchema } from '@/lib/scored-calls/scored-call-schema';
import { fullScoredCallRecord } from '@/lib/testing/scored-call-record';
import { Scorecard } from './scorecard';

function renderScorecard(record: unknown, isOwnCallsOnly = false) {
  render(
    <MemoryRouter>
      <Scorecard record={scoredCallSchema.parse(record)} isOwnCallsOnly={isOwnCallsOnly} />
    </MemoryRouter>,
  );
}

/** The text of the definition that follows `term` in `scope`. */
function definitionOf(scope: HTMLElement, term: string): string {
  const dt = within(scope)
    .getAllByRole('term')
    .find((element) => element.textContent === term);
  if (!dt) throw new Error(`no term ${term}`);
  return dt.nextElementSibling?.textContent ?? '';
}

const facet = (name: string) => screen.getByRole('article', { name });
const part = (name: string) => screen.getByRole('region', { name });

describe('Scorecard', () => {
  it('shows every part of a full record', () => {
    renderScorecard(fullScoredCallRecord());
    expect(definitionOf(document.body, 'Total score')).toBe('74 Strong');
    expect(screen.getAllByRole('heading', { level: 5 }).map((h) => h.textContent)).toEqual([
      'Intro',
      'Discovery',
      'Pitch',
      'Tonality',
      'Objection handling',
      'Call to action',
    ]);
    expect(definitionOf(facet('Discovery'), 'Score')).toBe('70 Strong');
    expect(definitionOf(facet('Discovery'), 'Weight')).toBe('25 %');
    expect(definitionOf(facet('Objection handling'), 'Score')).toBe('65 Fair');
    expect(definitionOf(facet('Objection handling'), 'Explanation')).toBe('Price came up.');
    expect(definitionOf(facet('Call to action'), 'Recommendation')).toBe('Confirm attendees.');

    const talk = part('Conversation');
    expect(definitionOf(talk, 'Talk/listen')).toBe('Rep 62 % · Prospect 38 %');
    expect(definitionOf(talk, 'Questions')).toBe('9');
    expect(definitionOf(talk, 'Open questions')).toBe('44 %');
    expect(definitionOf(talk, 'Interruptions')).toBe('2');
    expect(definitionOf(talk, 'Speaking rate')).toBe('152 wpm');
    expect(definitionOf(talk, 'Pitch duration')).toBe('1:15');
    expect(definitionOf(talk, 'Objections')).toBe('2 (price, timing)');

    const lead = part('Lead qualification');
    expect(definitionOf(lead, 'Decision maker')).toBe('Yes');
    expect(definitionOf(lead, 'Pain point resonated')).toBe('No');
    expect(definitionOf(lead, 'Tech stack')).toBe('Salesforce, Outreach');
    expect(definitionOf(part('Messaging feedback'), 'Recommendation')).toBe(
      'Lead with connect rates.',
    );
    expect(definitionOf(part('Targeting feedback'), 'Data quality issues')).toBe('None');

    expect(
      screen.getByRole('link', { name: 'All scored calls of Ana Diaz' }).getAttribute('href'),
    ).toBe('/coaching?user_id=rep-1');
  });

  it('links a rep to their own scored calls without naming a rep filter', () => {
    renderScorecard(fullScoredCallRecord(), true);
    expect(screen.getByRole('link', { name: 'All your scored calls' }).getAttribute('href')).toBe(
      '/coaching',
    );
  });

  it('says "Not scored" for missing scores, never 0', () => {
    const record = fullScoredCallRecord();
    const { score: _pitchScore, ...pitchWithoutScore } = record.insight.facets.pitch;
    const {
      talk_listen_ratio_rep: _ratio,
      interruptions_by_rep: _interruptions,
      ...metadata
    } = record.insight.metadata;
    const { total_score: _total, ...insight } = record.insight;
    renderScorecard({
      ...record,
      insight: {
        ...insight,
        facets: { ...insight.facets, pitch: pitchWithoutScore },
        metadata,
      },
    });

    expect(definitionOf(document.body, 'Total score')).toBe('—Not scored');
    expect(definitionOf(facet('Pitch'), 'Score')).toBe('—Not scored');
    expect(definitionOf(facet('Pitch'), 'Weight')).toBe('20 %');
    expect(definitionOf(part('Conversation'), 'Talk/listen')).toBe('—Not scored');
    expect(definitionOf(part('Conversation'), 'Interruptions')).toBe('—Not scored');
    expect(definitionOf(part('Conversation'), 'Questions')).toBe('9');
    expect(screen.queryByText('Rep 0 % · Prospect 100 %')).toBeNull();
  });

  it('says "Not scored" for a missing facet or part, and "unknown" for a missing yes/no', () => {
    const record = fullScoredCallRecord();
    const { intro: _intro, ...facets } = record.insight.facets;
    const { is_decision_maker: _flag, ...lead } = record.insight.lead;
    const { messaging: _messaging, ...insight } = record.insight;
    renderScorecard({ ...record, insight: { ...insight, facets, lead } });

    expect(definitionOf(facet('Intro'), 'Score')).toBe('—Not scored');
    expect(definitionOf(facet('Intro'), 'Explanation')).toBe('—Not scored');
    expect(definitionOf(facet('Discovery'), 'Score')).toBe('70 Strong');
    expect(part('Messaging feedback').textContent).toBe('Messaging feedbackNot scored.');
    expect(definitionOf(part('Lead qualification'), 'Decision maker')).toBe('unknown');
  });

  it('renders a record with no insight at all as not scored throughout', () => {
    renderScorecard({ _id: 'score-1' });
    expect(definitionOf(document.body, 'Total score')).toBe('—Not scored');
    for (const name of [
      'Facets',
      'Conversation',
      'Lead qualification',
      'Messaging feedback',
      'Targeting feedback',
    ]) {
      expect(part(name).textContent).toBe(`${name}Not scored.`);
    }
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('tells "no vendor came up" (null) from a vendor that was not scored (missing)', () => {
    const record = fullScoredCallRecord();
    renderScorecard({
      ...record,
      insight: { ...record.insight, lead: { ...record.insight.lead, current_vendor: null } },
    });
    expect(definitionOf(part('Lead qualification'), 'Current vendor')).toBe('None mentioned');
  });
});
