import { analyzeWith } from './analyze';
import { loadModel, type LinearModel, type ModelFile } from './model/linear';
import weights from './model/weights.json';
import type { Analysis } from './types';

export type {
  Analysis,
  Component,
  Deflection,
  DeflectionKind,
  Span,
  SpanKind,
  Suggestion,
  TextRange,
  Weight,
} from './types';
export { COMPONENTS, DEFLECTION_KINDS } from './types';

let model: LinearModel | undefined;

/**
 * Reads what the user is writing: does the writer apologise, how seriously, which parts of a full
 * apology are there, which are missing, and where it deflects. Pure and deterministic: hand-written
 * rules plus a small linear model trained on the project's corpus (lib/apology/training).
 */
export function analyzeMessage(text: string): Analysis {
  model ??= loadModel(weights as unknown as ModelFile);
  return analyzeWith(typeof text === 'string' ? text : '', model);
}
