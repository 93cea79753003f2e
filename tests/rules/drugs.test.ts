import { describe, expect, test } from 'vitest';
import { found } from '../helpers.js';

describe('drugs by substance, with street and Korean names', () => {
  test.each([
    ['Police seized methamphetamine at the border.', 'methamphetamine', 'methamphetamine'],
    ['He had been selling meth for years.', 'meth', 'methamphetamine'],
    ['Crystal meth is sold in the market.', 'Crystal meth', 'methamphetamine'],
    ['Residents call it bingdu.', 'bingdu', 'methamphetamine'],
    ['Residents call it pingdu.', 'pingdu', 'methamphetamine'],
    ['Older people still say philopon.', 'philopon', 'methamphetamine'],
    ['Older people still say hiropon.', 'hiropon', 'methamphetamine'],
    ['Officials are involved in eoleum trafficking.', 'eoleum', 'methamphetamine'],
    ['Ice drugs are handed out at weddings.', 'Ice drugs', 'methamphetamine'],
    ['Amphetamines were found in the car.', 'Amphetamines', 'amphetamine'],
    ['The city is a market for amphetamine-type stimulants, the report said.', 'amphetamine-type stimulants', 'drugs (unspecified)'],
    ['Farmers grow opium on private plots.', 'opium', 'opium'],
    ['She sold raw opium to the broker.', 'opium', 'opium'],
    ['Opium poppies were found behind the house.', 'Opium', 'opium'],
    ['The heroin came by ship.', 'heroin', 'heroin'],
    ['The hospital ran out of morphine.', 'morphine', 'morphine'],
    ['Soldiers smoke marijuana on duty.', 'marijuana', 'cannabis'],
    ['Cannabis grows wild in the hills.', 'Cannabis', 'cannabis'],
    ['A kilogram of cocaine was found on the ship.', 'cocaine', 'cocaine'],
    ['Ephedrine is bought in China.', 'Ephedrine', 'ephedrine'],
    ['Cold medicine with pseudoephedrine is bought in bulk.', 'pseudoephedrine', 'pseudoephedrine'],
    ['Precursor chemicals came from the chemical complex.', 'Precursor chemicals', 'precursor chemicals'],
    ['Synthetic drugs are spreading among students.', 'Synthetic drugs', 'drugs (unspecified)'],
  ])('%s', (text, mention, canonical) => {
    expect(found(text, 'DRUG')).toEqual([[mention, canonical]]);
  });
});

describe('unspecified drugs: plural nouns, not the modifier "drug"', () => {
  test.each([
    ['He was caught selling drugs.', 'drugs'],
    ['The narcotics were hidden in the coal shed.', 'narcotics'],
    ['Illicit drugs are made in Hamhung.', 'drugs'],
    ['Trade in illegal narcotics is booming.', 'narcotics'],
    ['Locals call it mayak.', 'mayak'],
  ])('%s', (text, mention) => {
    expect(found(text, 'DRUG')).toEqual([[mention, 'drugs (unspecified)']]);
  });

  test.each([
    'Drug smuggling has doubled this year.',
    'The drug trade is controlled by cadres.',
    'Two drug dealers were arrested.',
    'A narcotics crackdown began in the spring.',
    'The drugs trade is controlled by cadres.',
    'Narcotics investigations rose sharply.',
  ])('no drug: %s', (text) => {
    expect(found(text, 'DRUG')).toEqual([]);
  });
});

describe('ordinary words are drugs only next to drug words', () => {
  test.each([
    ['They found 0.2 grams of ice in the flat.', [['ice', 'methamphetamine']]],
    ['He smoked ice every night.', [['ice', 'methamphetamine']]],
    ['She sold crystal to other addicts.', [['crystal', 'methamphetamine']]],
    ['They smoke hemp rolled in newspaper.', [['hemp', 'cannabis']]],
    ['Soldiers smoked weed in the barracks.', [['weed', 'cannabis']]],
    ['Smugglers carried coke and other drugs.', [['coke', 'cocaine'], ['drugs', 'drugs (unspecified)']]],
    ['The lab lacked precursors for making meth.', [['precursors', 'precursor chemicals'], ['meth', 'methamphetamine']]],
  ])('%s', (text, expected) => {
    expect(found(text, 'DRUG')).toEqual(expected);
  });

  test.each([
    'Ice on the river melted early this year.',
    'Fishermen packed the catch in ice.',
    'The vase was made of crystal.',
    'The factory weaves hemp into cloth.',
    'Children pulled weed in the fields.',
    'The furnace burns coke from the mine.',
    // crops are not drugs
    'Farmers grow poppies on hidden plots.',
  ])('no drug: %s', (text) => {
    expect(found(text, 'DRUG')).toEqual([]);
  });
});
