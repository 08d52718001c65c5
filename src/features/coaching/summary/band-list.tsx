import type { ScoredCallFilters } from '@/lib/scored-calls/scored-calls-query';
import { countText, countWords } from './count-text';
import { bandSelection, isBandActive } from './score-bands';
import type { ScoreRange } from './score-bands';
import type { BandCount } from './summary-plan';

export interface BandListProps {
  bands: readonly BandCount[];
  filters: ScoredCallFilters;
  onSelectBand: (range: ScoreRange) => void;
}

/**
 * The band chart's text alternative: each band with its count, and a toggle button that filters
 * to it, so everything the chart does works from the keyboard and a screen reader too. A band
 * outside the current score range counts nothing and offers no button.
 */
export function BandList({ bands, filters, onSelectBand }: BandListProps) {
  return (
    <ul className="score-band-list" aria-label="Scored calls by score band">
      {bands.map(({ band, count }) => {
        const selection = bandSelection(filters, band);
        const isActive = isBandActive(filters, band);
        return (
          <li
            key={band.id}
            className={
              isActive
                ? 'score-band-list__item score-band-list__item--active'
                : 'score-band-list__item'
            }
          >
            {selection ? (
              <button
                type="button"
                className="score-band-list__toggle"
                aria-pressed={isActive}
                title={isActive ? 'Remove this score filter' : 'Show only these calls'}
                onClick={() => {
                  onSelectBand(selection);
                }}
              >
                <span className="visually-hidden">Score</span> {band.label}
              </button>
            ) : (
              <span className="score-band-list__label" title="Outside the score filter">
                <span className="visually-hidden">Score</span> {band.label}
              </span>
            )}
            <span className="visually-hidden">: </span>
            <span className="score-band-list__count">
              {typeof count === 'number' ? (
                countText(count)
              ) : (
                <>
                  <span aria-hidden="true">{countText(count)}</span>
                  <span className="visually-hidden">{countWords(count)}</span>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
