// Splits an evidence sentence around its trigger word, so the panel can mark it as text.

export interface Segment {
  text: string;
  trigger: boolean;
}

/**
 * The sentence in pieces with the trigger marked: the first whole-word, case-insensitive match,
 * else the first match inside a word, else no mark at all.
 */
export function splitOnTrigger(sentence: string, trigger: string): Segment[] {
  const needle = trigger.trim().toLowerCase();
  if (needle === '') return [{ text: sentence, trigger: false }];
  const hay = sentence.toLowerCase();
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let at = -1;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    if (!isWord(hay[i - 1]) && !isWord(hay[i + needle.length])) {
      at = i;
      break;
    }
    if (at === -1) at = i;
  }
  if (at === -1) return [{ text: sentence, trigger: false }];
  const end = at + needle.length;
  return [
    { text: sentence.slice(0, at), trigger: false },
    { text: sentence.slice(at, end), trigger: true },
    { text: sentence.slice(end), trigger: false },
  ].filter((s) => s.text !== '');
}
