/**
 * The two places the app feeds the spellchecker: the settings (on/off and
 * the personal dictionary, from App) and the open meeting (its names and
 * ignored words, from the editor screen, which also gets the plain-field
 * marks). Everything else about spelling lives in this folder.
 */
import { useEffect, useRef } from 'react';
import type { Settings } from '../../../shared/ipc/contract';
import { meetingNameTexts } from '../../../shared/spelling/accepted-words';
import type { Meeting } from '../../../shared/model/meeting';
import { invoke } from '../common/api';
import { closeSpellingMenu, showSpellingMenu } from './menu/show-menu';
import { misspellingNear } from './misspelling';
import { watchPlainFields } from './plain-fields';
import { spelling } from './spelling-service';

/**
 * Keeps the spellchecker in step with the settings; "Tilføj til ordbog"
 * saves through `settings:update` and hands the saved settings to `onSaved`
 * (so a settings dialog opened later shows the new word).
 */
export function useSpellingSettings(
  settings: Settings | null,
  onSaved: (settings: Settings) => void,
): void {
  const saved = useRef(onSaved);
  useEffect(() => {
    saved.current = onSaved;
  }, [onSaved]);
  useEffect(() => {
    if (!settings) return;
    spelling.setSettings(settings.spellcheck, settings.personalDictionary, (words) => {
      void invoke('settings:update', { personalDictionary: words }).then((result) => {
        if (result.ok) saved.current(result.value);
      });
    });
  }, [settings]);
}

/**
 * Gives the spellchecker the open meeting's names and ignored words
 * ("Ignorér" saves through `saveIgnored`), and marks the plain fields.
 */
export function useSpellingMeeting(meeting: Meeting, saveIgnored: (words: string[]) => void): void {
  const save = useRef(saveIgnored);
  useEffect(() => {
    save.current = saveIgnored;
  }, [saveIgnored]);
  const { body, venue, participants, spellingIgnored } = meeting;
  useEffect(() => {
    const names = meetingNameTexts({ body, venue, participants });
    spelling.setMeeting(names, spellingIgnored, (words) => save.current(words));
  }, [body, venue, participants, spellingIgnored]);
  useEffect(() => () => spelling.setMeeting([], [], null), []);

  const watcher = useRef<ReturnType<typeof watchPlainFields> | null>(null);
  useEffect(() => {
    watcher.current = watchPlainFields();
    return () => {
      watcher.current?.();
      watcher.current = null;
      closeSpellingMenu();
    };
  }, []);
  // New fields appear on a render (another item, a new participant): look at them when idle.
  useEffect(() => watcher.current?.refresh());
}

/**
 * Ctrl+. ("Stavning: forslag"): opens the suggestion menu for the flagged
 * word at the caret of the focused field, or the next one after it. False
 * when spelling is off or the focus is not in a checked field.
 */
export function openSpellingSuggestions(): boolean {
  const focused = document.activeElement;
  if (!focused || !spelling.isEnabled()) return false;
  const found = misspellingNear(focused);
  if (found === undefined) return false;
  // Where the caret was, for "nothing to correct here" (an input keeps its own).
  const selection = document.getSelection();
  const caret = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  showSpellingMenu(found, undefined, {
    fallbackRect: focused.getBoundingClientRect(),
    restoreFocus: () => {
      if (focused instanceof HTMLElement) focused.focus();
      if (caret && !(focused instanceof HTMLInputElement)) selection?.removeAllRanges();
      if (caret && !(focused instanceof HTMLInputElement)) selection?.addRange(caret);
    },
  });
  return true;
}
