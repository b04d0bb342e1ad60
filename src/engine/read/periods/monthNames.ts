/**
 * Month names finance teams write in headers, in English, German, French, Spanish, Italian, Dutch and Portuguese:
 * full names, and any unambiguous start of one ("Sept", "janv.", "giu"), plus the abbreviations that are not starts of
 * the full name ("Mrz", "Mrt"). Accents and a trailing dot are ignored, so "févr." and "fevr" are the same word.
 */
const FULL_NAMES: readonly (readonly string[])[] = [
  ['january', 'januar', 'janner', 'janvier', 'enero', 'gennaio', 'januari', 'janeiro'],
  ['february', 'februar', 'feber', 'fevrier', 'febrero', 'febbraio', 'februari', 'fevereiro'],
  ['march', 'marz', 'mars', 'marzo', 'maart', 'marco'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho'],
  ['august', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dezember', 'decembre', 'diciembre', 'dicembre', 'dezembro'],
];

/** Abbreviations that are not the start of a full name in their language. */
const ABBREVIATIONS: Readonly<Record<string, number>> = { mrz: 3, mrt: 3 };

/** Every accepted word (three letters or more) with its month: built once, starts shared by two months dropped. */
const WORDS: ReadonlyMap<string, number> = (() => {
  const found = new Map<string, number | null>();
  FULL_NAMES.forEach((names, i) => {
    for (const name of names) {
      for (let n = 3; n <= name.length; n++) {
        const start = name.slice(0, n);
        const known = found.get(start);
        found.set(start, known === undefined || known === i + 1 ? i + 1 : null);
      }
    }
  });
  const words = new Map<string, number>();
  for (const [word, month] of found) if (month !== null) words.set(word, month);
  for (const [word, month] of Object.entries(ABBREVIATIONS)) words.set(word, month);
  return words;
})();

/** Lower case without accents or a trailing dot: "Févr." -> "fevr", "März" -> "marz". */
function plainWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
}

/**
 * The month number (1-12) of a month name or abbreviation in any of the languages above, or null. "Mar" is March in
 * every one of them; "Mai" is May in German, French and Portuguese.
 */
export function monthNumber(word: string): number | null {
  const w = plainWord(word);
  if (w.length < 3 || w.length > 10) return null;
  return WORDS.get(w) ?? null;
}
