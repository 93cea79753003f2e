/**
 * The one wink-nlp instance of a process: the English lite model with sentence boundary
 * detection, the one pipe nkie uses (the benchmark measures bare wink-nlp with exactly it).
 * Part-of-speech tagging was dropped: no stage used its tags, and it cost a quarter of
 * wink-nlp's time per article (0.16 ms of 0.64, measured over the real development set).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const WINK_PIPES = ['sbd'] as const;

let instance: ReturnType<typeof winkNLP> | null = null;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, [...WINK_PIPES]);
  return instance;
}

// readDoc per call is as costly as a sentence; finders ask about the same few words again and again
const stopWordMemo = new Map<string, boolean>();
const STOP_WORD_MEMO_LIMIT = 100_000;

/** wink-nlp's own stop-word list decides whether a one-word alias would match everywhere. */
export function isStopWord(word: string): boolean {
  const known = stopWordMemo.get(word);
  if (known !== undefined) return known;
  const nlp = wink();
  const tokens = nlp.readDoc(word).tokens().out(nlp.its.stopWordFlag) as boolean[];
  const stop = tokens.length === 1 && tokens[0] === true;
  if (stopWordMemo.size >= STOP_WORD_MEMO_LIMIT) stopWordMemo.clear();
  stopWordMemo.set(word, stop);
  return stop;
}
