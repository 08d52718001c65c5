import { useId, useMemo, useState } from 'react';
import { countMatches, splitMatches } from './text-matches';
import { parseTranscript } from './transcript';

function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {splitMatches(text, query).map((part, index) =>
        part.isMatch ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}

/** The transcript as speaker turns, with a search that highlights and counts its matches. */
export function TranscriptView({ raw }: { raw: string | undefined }) {
  const turns = useMemo(() => parseTranscript(raw), [raw]);
  const [query, setQuery] = useState('');
  const inputId = useId();
  const matches = useMemo(
    () =>
      countMatches(
        turns.map((turn) => turn.text),
        query,
      ),
    [turns, query],
  );
  if (turns.length === 0) return <p className="muted">No transcript.</p>;
  return (
    <div className="transcript">
      <div className="transcript__search">
        <label htmlFor={inputId}>Search transcript</label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
          }}
        />
        <span className="muted" role="status">
          {query.trim() ? `${String(matches)} ${matches === 1 ? 'match' : 'matches'}` : ''}
        </span>
      </div>
      <ol className="transcript__turns">
        {turns.map((turn, index) => (
          <li key={index} className="transcript__turn">
            {turn.speaker ? <span className="transcript__speaker">{turn.speaker}: </span> : null}
            <Highlighted text={turn.text} query={query} />
          </li>
        ))}
      </ol>
    </div>
  );
}
