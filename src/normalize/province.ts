import type { PlaceNorm } from '../types.js';

/**
 * The province a place stands for: a province or special city is its own (by its canonical
 * name), any other place the province it lies in (null when unknown). One rule for the
 * relations' province inheritance, facilities, event containment and the report's map.
 */
export function provinceOf(place: { canonical: string; norm: Pick<PlaceNorm, 'level' | 'province'> }): string | null {
  return place.norm.level === 'province' || place.norm.level === 'special_city' ? place.canonical : place.norm.province;
}
