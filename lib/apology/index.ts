// Placeholder until the analysis lands (issue 3): the public contract's shape only.
export type Component = 'regret' | 'responsibility' | 'harm' | 'explanation' | 'repair' | 'commitment' | 'forgiveness';
export interface Analysis {
  isApology: boolean;
  weight: 'none' | 'light' | 'serious';
  components: Component[];
  missing: Component[];
}
export function analyzeMessage(text: string): Analysis {
  const isApology = /\b(sorry|apologi[sz]e)\b/i.test(text);
  return { isApology, weight: isApology ? 'serious' : 'none', components: [], missing: [] };
}
