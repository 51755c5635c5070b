/** The words a page prints for a reader: counts read as English ("1 statement", never "1 statements"). */
import { describe, expect, it } from 'vitest';
import { counted, listInWords, unitAfter } from '../../src/pages/words.js';

describe('counted', () => {
  it('puts the noun in the singular for one and in the plural otherwise', () => {
    expect(counted(1, 'statement')).toBe('1 statement');
    expect(counted(0, 'figure')).toBe('0 figures');
    expect(counted(2, 'vote position')).toBe('2 vote positions');
    expect(counted(1, 'vote position')).toBe('1 vote position');
  });

  it('takes an irregular plural', () => {
    expect(counted(3, 'person', 'people')).toBe('3 people');
    expect(counted(1, 'person', 'people')).toBe('1 person');
  });
});

describe('listInWords', () => {
  it('lists one, two and three names as a sentence does', () => {
    expect(listInWords(['Norland'])).toBe('Norland');
    expect(listInWords(['Norland', 'Vesteria'])).toBe('Norland and Vesteria');
    expect(listInWords(['Norland', 'Vesteria', 'Ostmark'])).toBe('Norland, Vesteria and Ostmark');
    expect(listInWords(['Norland', 'Vesteria', 'Ostmark', 'Sudria'])).toBe('Norland, Vesteria, Ostmark and Sudria');
  });

  it('never repeats "and" between three names', () => {
    expect(listInWords(['Norland', 'Vesteria', 'Ostmark'])).not.toContain(' and Vesteria and ');
  });
});

describe('unitAfter: what a figure label adds after the printed words', () => {
  it('adds nothing when the words already end with the counted noun, in the plural or in a compound', () => {
    expect(unitAfter('27 children', 'children')).toBe('');
    expect(unitAfter('at most 36 hours', 'hours')).toBe('');
    expect(unitAfter('one child', 'children')).toBe('');
    expect(unitAfter('a nine-day', 'days')).toBe('');
    expect(unitAfter('80-bed', 'beds')).toBe('');
    expect(unitAfter('several dozen ambulances', 'ambulances')).toBe('');
    expect(unitAfter('two small charities', 'charities')).toBe('');
  });

  it('reads the unit back to the singular a count of one ends with: irregular plurals and "-ches", "-shes", "-xes"', () => {
    expect(unitAfter('a single person', 'people')).toBe('');
    expect(unitAfter('one woman', 'women')).toBe('');
    expect(unitAfter('one parish', 'parishes')).toBe('');
    expect(unitAfter('a single church', 'churches')).toBe('');
    expect(unitAfter('one box', 'boxes')).toBe('');
    // Near miss: "woman" is not the singular of "men", though it ends with it.
    expect(unitAfter('one woman', 'men')).toBe(' men');
  });

  it('adds the unit where the words stop at the number or name another noun', () => {
    expect(unitAfter('more than 310', 'civilians')).toBe(' civilians');
    expect(unitAfter('tens of thousands', 'people')).toBe(' people');
    expect(unitAfter('some 60 Red Crescent volunteers', 'staff')).toBe(' staff');
    // A noun that only begins like the unit is not it.
    expect(unitAfter('four childrens’ wards', 'children')).toBe(' children');
  });
});
