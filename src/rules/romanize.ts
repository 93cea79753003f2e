/**
 * Romanization variants of a Korean place name written in Hangul.
 * (Being written in this session by the places work; returns no variants yet.)
 */
export function romanizations(hangul: string): string[] {
  return hangul.length === 0 ? [] : [];
}
