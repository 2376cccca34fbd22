/** How an apology is framed when the frame itself undercuts it. */
export type Frame = 'conditional' | 'feelings' | 'but';

/** One place where the writer apologises. */
export interface Anchor {
  sentence: number;
  start: number;
  end: number;
  /** Expresses remorse (sorry, apologise, regret, feel bad), not only ownership. */
  regret: boolean;
  /** The writer names themself as the doer ("sorry I …", "sorry for missing …", "my fault"). */
  owns: boolean;
  /** Asks to be forgiven or pardoned. */
  forgiveness: boolean;
  /** A bare "sorry" with no object. */
  bare: boolean;
  /**
   * An explicit apology: an apology word with its object or frame ("sorry to bother you", "pardon the
   * interruption"), or an owning phrase ("my mistake", "I owe you an apology"). The model does not overrule these.
   */
  explicit?: boolean;
  /** Deflecting frames and where they sit ("if …", "you feel …", "but you …"). */
  frames?: Array<[Frame, number, number]>;
}
