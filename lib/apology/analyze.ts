import { findAddressee } from './addressee';
import { deflectionClause } from './deflection-clause';
import { cuesIn } from './gate';
import { eachMessageFeature } from './model/features';
import { decide, HEAD_INDEX, HEADS, MESSAGE_HEADS, predictHeadsOf, type Combine, type Head, type LinearModel, type Policy } from './model/linear';
import { scoreSentences } from './model/score-sentences';
import { readMessage, type Reading } from './reading';
import { applyRules, type RuleFindings } from './rules';
import { COMPONENTS, DEFLECTION_KINDS, type Analysis, type Component, type Deflection, type Span, type Weight } from './types';

/** What a repair still lacks, most important first (Lewicki et al. 2016). Forgiveness is never required. */
const PROMPT_ORDER: readonly Component[] = ['responsibility', 'repair', 'harm', 'commitment', 'regret', 'explanation'];

const MESSAGE_HEAD_INDICES: readonly number[] = MESSAGE_HEADS.map((h) => HEAD_INDEX[h]);

/**
 * Whether a head's peak can change the answer. When the rules said yes, the model confirms at `keep`: only a
 * threshold in (0, 1] depends on the probability. When they said no, the model adds at `add`: any threshold up
 * to 1 needs the peak (for the span too, if the model adds what the rules missed).
 */
function needsScore([keep, add]: Combine, rules: boolean): boolean {
  return rules ? keep > 0 && keep <= 1 : add <= 1;
}

/** The sentence heads to score: the act only to place an apology found by the model alone, and every head that can change the answer. */
function headsToScore(policy: Policy, rules: RuleFindings): number[] {
  const heads: number[] = [];
  if (rules.anchors.length === 0) heads.push(HEAD_INDEX.act);
  for (const c of COMPONENTS) if (needsScore(policy[c], rules.components.includes(c))) heads.push(HEAD_INDEX[c]);
  for (const kind of DEFLECTION_KINDS) {
    if (needsScore(policy[`d:${kind}`], rules.deflections.some((d) => d.kind === kind))) heads.push(HEAD_INDEX[`d:${kind}`]);
  }
  return heads;
}

/** The model's view of each sentence: where each head that matters peaks, and that probability. */
class SentenceScores {
  /** Per head: the first sentence where it is most likely (-1 if not scored or no sentence), and its probability (0). */
  private readonly at = new Int32Array(HEADS.length).fill(-1);
  private readonly p = new Float64Array(HEADS.length);
  constructor(model: LinearModel, reading: Reading, rules: RuleFindings) {
    const heads = headsToScore(model.policy, rules);
    if (heads.length === 0) return;
    const probs = scoreSentences(model, reading, rules, heads);
    for (let i = 0; i < reading.sentences.length; i++) {
      for (const h of heads) {
        const p = probs[i * HEADS.length + h]!;
        if (this.at[h]! < 0 || p > this.p[h]!) {
          this.at[h] = i;
          this.p[h] = p;
        }
      }
    }
  }
  /** The sentence where `head` is most likely, and that probability (-1 and 0 for an empty text or a head not scored). */
  peak(head: Head): { at: number; p: number } {
    const h = HEAD_INDEX[head];
    return { at: this.at[h]!, p: this.p[h]! };
  }
}

/**
 * The full analysis: the rules find the apologies, their spans and deflecting frames; the trained
 * model (when given) decides, as the policy it was shipped with says, the apology act, each
 * component, each deflection and the weight, for what word lists cannot enumerate.
 */
export function analyzeWith(text: string, model: LinearModel | null): Analysis {
  const reading = readMessage(text);
  const { ownText } = reading;
  const addressee = findAddressee(reading.original, reading.norm, ownText.start, ownText.end);
  const base = { ownText, ...(addressee === undefined ? {} : { addressee }) };
  const none: Analysis = { isApology: false, weight: 'none', components: [], missing: [], deflections: [], spans: [], suggestions: [], ...base };
  // The gate's own test: what it lets go, the analysis never calls an apology.
  if (!cuesIn(reading.norm, reading.ownStart, reading.ownEnd)) return none;
  const rules = applyRules(reading);
  const rulesSay = rules.anchors.length > 0;

  let isApology = rulesSay;
  let scores: SentenceScores | undefined;
  let messageProbs: Float64Array | undefined;
  if (model) {
    // Only the message heads (the apology act, serious) are computed for the message's features.
    messageProbs = new Float64Array(HEADS.length);
    predictHeadsOf(model, (add) => eachMessageFeature(reading, rules, add), MESSAGE_HEAD_INDICES, messageProbs);
    const p = messageProbs[HEAD_INDEX.apology]!;
    // The rules' vetoes are overruled only when the model is very sure (policy.vetoedAdd); an explicit
    // apology the rules found stands: the model only weighs the doubtful ones.
    const overVeto = !rulesSay && rules.vetoed;
    const { policy } = model;
    isApology =
      reading.sentences.length > 0 &&
      (overVeto ? p >= policy.vetoedAdd : rules.ownedOutright || (rulesSay && rules.explicit && policy.explicitStands) || decide(policy.apology, rulesSay, p));
  }
  if (!isApology) return none;

  const sentenceSpan = (i: number): { start: number; end: number } => ({ start: reading.sentences[i]!.start, end: reading.sentences[i]!.end });
  const spans: Span[] = rules.anchors.map((a): Span => ({ start: a.start, end: a.end, kind: 'apology' }));
  let components = rules.components;
  let deflections = rules.deflections;
  let weight: Weight = rules.weight;
  if (model && messageProbs) {
    scores = new SentenceScores(model, reading, rules);
    if (spans.length === 0) {
      spans.push({ ...sentenceSpan(Math.max(0, scores.peak('act').at)), kind: 'apology' });
    }
    const sc = scores;
    components = COMPONENTS.filter((c) => decide(model.policy[c], rules.components.includes(c), sc.peak(c).p));
    const kept: Deflection[] = [];
    for (const kind of DEFLECTION_KINDS) {
      const fromRules = rules.deflections.filter((d) => d.kind === kind);
      const { at, p } = sc.peak(`d:${kind}`);
      if (!decide(model.policy[`d:${kind}`], fromRules.length > 0, p)) continue;
      if (fromRules.length > 0) kept.push(...fromRules);
      else kept.push({ kind, ...deflectionClause(reading, at, kind) });
    }
    deflections = kept.sort((x, y) => x.start - y.start || x.end - y.end);
    weight = decide(model.policy.serious, weight === 'serious', messageProbs[HEAD_INDEX.serious]!) ? 'serious' : 'light';
  }
  const ruleSpanKinds = new Set<string>();
  for (const s of rules.componentSpans) {
    if (!components.includes(s.kind as Component)) continue;
    spans.push(s);
    ruleSpanKinds.add(s.kind);
  }
  if (scores) {
    for (const c of components) {
      if (ruleSpanKinds.has(c) || rules.components.includes(c)) continue;
      const { at } = scores.peak(c);
      if (at >= 0) spans.push({ ...sentenceSpan(at), kind: c });
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const missing = weight === 'serious' ? PROMPT_ORDER.filter((c) => !components.includes(c)) : [];
  return { isApology: true, weight, components, missing, deflections, spans, suggestions: missing.map((component) => ({ component })), ...base };
}
