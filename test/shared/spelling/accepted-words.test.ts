import { describe, expect, it } from 'vitest';
import {
  acceptedWords,
  isAccepted,
  meetingNameTexts,
} from '../../../shared/spelling/accepted-words';
import { loadSeedFixture } from '../../support/seed';

describe('accepted words', () => {
  const seed = loadSeedFixture();
  const accepted = acceptedWords({
    personal: ['taastrupgaard', 'Domea', '  '],
    ignored: ['Charlottkvarteret'],
    names: meetingNameTexts(seed),
  });

  it("accepts every word of the seed meeting's participants, body and venue", () => {
    for (const word of ['Lerhard', 'Skastrup', 'Aalbæk', 'Holte', 'Comwell', 'Køge', 'Strandvejen'])
      expect(isAccepted(word, accepted), word).toBe(true);
  });

  it('accepts the genitive of an accepted word', () => {
    expect(isAccepted('Lerhards', accepted)).toBe(true);
    expect(isAccepted('Domeas', accepted)).toBe(true);
  });

  it('accepts a lower-case word capitalised, not a capitalised word in lower case', () => {
    expect(isAccepted('Taastrupgaard', accepted)).toBe(true);
    expect(isAccepted('domea', accepted)).toBe(false);
  });

  it('accepts ignored words and nothing else', () => {
    expect(isAccepted('Charlottkvarteret', accepted)).toBe(true);
    expect(isAccepted('nedbygnig', accepted)).toBe(false);
    expect(isAccepted('s', accepted)).toBe(false);
    expect(isAccepted('anything', new Set())).toBe(false);
  });

  it('drops blank entries', () => {
    expect([...accepted].every((word) => word.trim() === word && word !== '')).toBe(true);
  });
});
