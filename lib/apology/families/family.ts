import type { Anchor } from '../anchor';
import { ADMITTED_ACT, FORGIVE_RITUAL_OBJECT, MESSED_UP, ON_ME, OWN_FAULT, RITUAL_DETERMINER, SHOULD_HAVE, SYMPATHY_CONTEXT } from '../patterns';
import type { Context } from '../reading';
import type { SentenceReader } from '../sentence-reader';

/**
 * One family of apology words ("sorry", "apologise", "forgive", …): which tokens belong to it, and
 * how to read one of them. Families are told apart by their first letter, so each token is offered
 * to at most one.
 */
export interface WordFamily {
  /** The first letter every word of the family starts with. */
  readonly first: string;
  is(t: string): boolean;
  /** The writer's apology at token `k` of the reader's sentence, or null when it is none. */
  read(r: SentenceReader, k: number, message: MessageFacts): Anchor | null;
}

/** What a family may ask about the whole message; each answer is computed once, on first use. */
export class MessageFacts {
  private readonly own: string;
  private sympathy: boolean | undefined;
  private owned: boolean | undefined;
  constructor(ctx: Context) {
    this.own = ctx.norm.slice(ctx.ownStart, ctx.ownEnd);
  }
  /** The message consoles someone ("heard about", "your loss"): a bare "so sorry" is sympathy. */
  sympathyContext(): boolean {
    return (this.sympathy ??= this.own.search(SYMPATHY_CONTEXT) >= 0);
  }
  /** The writer owns some act, so a bare "sorry" is still theirs even among condolences. */
  ownsSomething(): boolean {
    return (this.owned ??= [OWN_FAULT, ON_ME, SHOULD_HAVE, ADMITTED_ACT, MESSED_UP].some((re) => this.own.search(re) >= 0));
  }
}

/** An apology on token `k`: regret and nothing else, unless `fields` says otherwise. */
export function anchorAt(r: SentenceReader, k: number, fields: Partial<Anchor>): Anchor {
  const tk = r.ctx.tokens[k]!;
  return { sentence: r.si, start: tk.start, end: tk.end, regret: true, owns: false, forgiveness: false, bare: false, ...fields };
}

/**
 * "pardon the interruption", "excuse the brief reply": what "excuse", "forgive" or "pardon" at `k` asks to be excused
 * for. A known imposition anywhere; any at all when the word opens the sentence as a request ("please excuse the
 * cross-posting", "forgive the informal email"), which is the formula whatever the imposition is called.
 */
export function excusesAnImposition(r: SentenceReader, k: number): boolean {
  const rest = r.rest(k + 1);
  if (FORGIVE_RITUAL_OBJECT.test(rest)) return true;
  if (!RITUAL_DETERMINER.test(rest)) return false;
  // A request: nothing but "please" and interjections before it ("I can't forgive the way…" is no formula).
  return r.onlyInterjectionsBefore(k);
}

/** "pardon the interruption", "forgive me": asks to be excused rather than saying sorry. */
export function ritualAt(r: SentenceReader, k: number): Anchor {
  return anchorAt(r, k, { regret: false, forgiveness: true });
}
