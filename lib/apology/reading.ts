import type { Context } from './detect';
import { findOwnText } from './own-text';
import { normalize, splitSentences, tokenize } from './text';
import type { TextRange } from './types';

export interface Reading extends Context {
  ownText: TextRange;
}

/** The first step of every analysis: normalised text, the writer's own part, its tokens and sentences. */
export function readMessage(text: string): Reading {
  const input = typeof text === 'string' ? text : '';
  const norm = normalize(input);
  const ownText = findOwnText(input, norm);
  const tokens = tokenize(norm, ownText.start, ownText.end);
  return { original: input, norm, tokens, sentences: splitSentences(tokens), ownStart: ownText.start, ownEnd: ownText.end, ownText };
}
