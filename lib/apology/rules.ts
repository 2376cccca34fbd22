import { apologyWindow, findComponents, type Window } from './components';
import { findCueApologies } from './cues';
import { findDeflections } from './deflections';
import type { Anchor } from './anchor';
import { findWordApologies } from './detect';
import { APOLOGY_STEM, ENDS_INTERJECTION, OWNING_INTERJECTION, SORRY_WORD } from './patterns';
import { SentenceReader, tokenAt } from './sentence-reader';
import type { Reading } from './reading';
import type { Component, Deflection, Span, Weight } from './types';
import { weigh } from './weight';

/** What the hand-written rules find: where the apologies are, their parts, deflections and weight. */
export interface RuleFindings {
  anchors: Anchor[];
  window: Window;
  components: Component[];
  componentSpans: Span[];
  deflections: Deflection[];
  weight: Weight;
  /** The text has apology words, and the rules read every one of them as something else. */
  vetoed: boolean;
  /** Some apology is explicit (an apology word with its object, or an owning phrase): the model confirms nothing here. */
  explicit: boolean;
  /** The writer owns it in so many words, said to the reader ("My mistake, the call is at 3."): it stands, whatever the model says. */
  ownedOutright: boolean;
}

/** "My mistake, …" opening its sentence (after interjections at most), and not the subject of one ("my mistake was…"). */
function ownsOutright(reading: Reading, a: Anchor): boolean {
  const { norm } = reading;
  if (!OWNING_INTERJECTION.test(norm.slice(a.start, a.end)) || !ENDS_INTERJECTION.test(norm.slice(a.end, a.end + 3))) return false;
  return new SentenceReader(reading).at(a.sentence).onlyInterjectionsBefore(tokenAt(reading, a.start));
}

export function applyRules(reading: Reading): RuleFindings {
  const wordAnchors = findWordApologies(reading);
  const anchors = [...wordAnchors, ...findCueApologies(reading, wordAnchors)].sort((a, b) => a.start - b.start);
  const vetoed = wordAnchors.length === 0 && reading.norm.slice(reading.ownStart, reading.ownEnd).search(APOLOGY_STEM) >= 0;
  // Only a bare "sorry" is doubtful (sympathy, pardon, a sigh); "I apologise", "pardon the…", "sorry I…" are not.
  const explicit = wordAnchors.some((a) => !a.bare || !SORRY_WORD.test(reading.norm.slice(a.start, a.end))) || anchors.some((a) => a.explicit === true);
  const ownedOutright = anchors.some((a) => ownsOutright(reading, a));
  if (anchors.length === 0) return { anchors, window: [], components: [], componentSpans: [], deflections: [], weight: 'none', vetoed, explicit, ownedOutright };
  const window = apologyWindow(reading, anchors);
  const { components, spans: componentSpans } = findComponents(reading, anchors, window);
  const deflections = findDeflections(reading, anchors, window);
  const weight = weigh(reading, anchors, window, components, deflections);
  return { anchors, window, components, componentSpans, deflections, weight, vetoed, explicit, ownedOutright };
}
