import { analysedStart, findOwnText } from './own-text';
import { normalize, splitSentences, tokenize, type Sentence, type Token } from './text';
import type { TextRange } from './types';

/** A message as the rules read it: the normalised text (same offsets as the input), tokens and sentences of the analysed part. */
export interface Context {
  original: string;
  norm: string;
  tokens: Token[];
  sentences: Sentence[];
  ownStart: number;
  ownEnd: number;
}

export interface Reading extends Context {
  ownText: TextRange;
}

/** The first step of every analysis: normalised text, the writer's own part, its tokens and sentences. */
export function readMessage(text: string): Reading {
  const input = typeof text === 'string' ? text : '';
  const norm = normalize(input);
  const ownText = findOwnText(input, norm);
  // Only the newest part of a very long text is read, so the cost per keystroke stays bounded.
  const from = analysedStart(ownText.start, ownText.end);
  const tokens = tokenize(norm, from, ownText.end);
  return { original: input, norm, tokens, sentences: splitSentences(tokens), ownStart: from, ownEnd: ownText.end, ownText };
}
