/**
 * One person is one person: "Sam", "sam" and " Sám " meet under one key. Case, accents and runs of spaces are folded;
 * everything else (other scripts, punctuation inside names) is kept.
 */
export function personKey(person: string): string {
  return person
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}
