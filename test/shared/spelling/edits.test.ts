import { describe, expect, it } from 'vitest';
import { rankByEnding, singleEdits, wordEndings } from '../../../shared/spelling/edits';

describe('singleEdits', () => {
  it('finds a letter too many and two letters swapped first', () => {
    expect(singleEdits('sagenn').near).toContain('sagen');
    expect(singleEdits('sgaen').near).toContain('sagen');
    expect(singleEdits('sagenn').far).not.toContain('sagen');
  });

  it('finds a missing letter and a mistyped one', () => {
    const far = singleEdits('nedbygnig').far;
    expect(far).toContain('nedbygning');
    expect(singleEdits('økonomu').far).toContain('økonomi');
    // Insertions come before replacements.
    expect(singleEdits('sagn').far.indexOf('sagen')).toBeLessThan(
      singleEdits('sagn').far.indexOf('sagt'),
    );
  });

  it('splits a missing space into halves of three letters or more', () => {
    expect(singleEdits('administrativkreds').splits).toContainEqual(['administrativ', 'kreds']);
    expect(singleEdits('forbi').splits).toEqual([]);
  });

  it('never offers the word itself, nor the same candidate twice', () => {
    const { near, far } = singleEdits('kommune');
    const all = [...near, ...far];
    expect(all).not.toContain('kommune');
    expect(new Set(all).size).toBe(all.length);
  });

  it('treats æ, ø and å as letters', () => {
    expect(singleEdits('gr').far).toContain('grå');
    expect(singleEdits('kb').far).toContain('kø');
  });
});

describe('rankByEnding', () => {
  const endings = wordEndings('ning/1\nbygning/2\nregning/3\nning\nforslag/4\n2\nudvalg\nsig\n');

  it('counts four-letter endings of the dictionary words, flags and short words ignored', () => {
    expect(endings.get('ning')).toBe(4);
    expect(endings.get('slag')).toBe(1);
    expect(endings.has('sig')).toBe(false);
  });

  it('puts the candidate with the most common ending first, ties in their order', () => {
    expect(rankByEnding(['nedbygig', 'nedbygni', 'nedbygning'], endings)).toEqual([
      'nedbygning',
      'nedbygig',
      'nedbygni',
    ]);
    expect(rankByEnding(['b', 'a'], new Map())).toEqual(['b', 'a']);
  });
});
