/**
 * Transcripts as the service sends them: "Speaker: text" lines that may carry raw control
 * characters (contract, quirk 1). Turned into plain text turns that render harmlessly.
 */

export interface TranscriptTurn {
  /** "Rep", "Prospect"…; undefined for text no speaker introduced. */
  speaker: string | undefined;
  text: string;
}

/* eslint-disable no-control-regex -- matching control characters is the point */
// Terminal escape sequences (colours, cursor moves) carry no words: drop them whole.
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]/g;
// Other C0/C1 controls (but tab and newline), DEL, and bidi overrides that could reorder text.
const INVISIBLE_CONTROLS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** The text without control characters: escape sequences dropped, tabs as spaces, CR/LF as LF. */
export function sanitizeText(raw: string): string {
  return raw
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE_CONTROLS, '');
}

const SPEAKER_LINE = /^([A-Za-z][\w .'-]{0,30}):\s+(.*)$/;

/** Speaker turns, one per "Speaker: …" line; a line without a speaker continues the turn before. */
export function parseTranscript(raw: string | undefined): TranscriptTurn[] {
  if (!raw) return [];
  const turns: TranscriptTurn[] = [];
  for (const line of sanitizeText(raw).split('\n')) {
    const text = line.trim();
    if (!text) continue;
    const match = SPEAKER_LINE.exec(text);
    const previous = turns.at(-1);
    if (match?.[1] && match[2] !== undefined) {
      turns.push({ speaker: match[1].trim(), text: match[2].trim() });
    } else if (previous) {
      previous.text = `${previous.text} ${text}`;
    } else {
      turns.push({ speaker: undefined, text });
    }
  }
  return turns;
}
