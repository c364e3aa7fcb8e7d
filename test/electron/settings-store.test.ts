import { describe, expect, it } from 'vitest';
import {
  MAX_LAST_PLACES,
  MAX_RECENT_FILES,
  SettingsStore,
} from '../../electron/main/settings/settings-store';

function mapStore(initial: Record<string, unknown> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    get: (key: string) => map.get(key),
    set: (key: string, value: unknown) => void map.set(key, value),
  };
}

describe('SettingsStore', () => {
  it('remembers where the secretary last wrote, per meeting, newest first and within a limit', () => {
    const store = new SettingsStore(mapStore());
    expect(store.lastPlace('m1')).toBeNull();
    store.rememberPlace('m1', { itemId: 'i2', field: 'section-baggrund-text' });
    store.rememberPlace('m2', { itemId: null, field: 'meeting-body' });
    store.rememberPlace('m1', { itemId: 'i3', field: 'item-title' });
    expect(store.lastPlace('m1')).toEqual({ itemId: 'i3', field: 'item-title' });
    expect(store.lastPlace('m2')).toEqual({ itemId: null, field: 'meeting-body' });
    for (let i = 0; i < MAX_LAST_PLACES; i += 1)
      store.rememberPlace(`n${i}`, { itemId: null, field: 'meeting-body' });
    // The oldest are forgotten: a year of meetings is remembered, not every meeting ever.
    expect(store.lastPlace('m1')).toBeNull();
    expect(store.lastPlace(`n${MAX_LAST_PLACES - 1}`)).not.toBeNull();
  });

  it('ignores a damaged list of last places', () => {
    const store = new SettingsStore(mapStore({ lastPlaces: [{ meetingId: 'm1', field: 7 }] }));
    expect(store.lastPlace('m1')).toBeNull();
    store.rememberPlace('m1', { itemId: null, field: 'meeting-body' });
    expect(store.lastPlace('m1')).toEqual({ itemId: null, field: 'meeting-body' });
  });

  it('gives defaults, including the standard decision phrases', () => {
    const settings = new SettingsStore(mapStore()).getSettings();
    expect(settings.secretaryName).toBe('');
    expect(settings.standardPhrases).toContain('Taget til efterretning.');
  });

  it('merges updates and falls back to defaults when the stored value is damaged', () => {
    const store = new SettingsStore(mapStore({ settings: { secretaryName: 42 } }));
    expect(store.getSettings().secretaryName).toBe('');
    expect(
      store.updateSettings({ secretaryName: 'Kathrine', defaultBody: 'Direktionen' }),
    ).toMatchObject({
      secretaryName: 'Kathrine',
      defaultBody: 'Direktionen',
    });
    expect(store.updateSettings({ defaultVenue: 'Rådhuset' }).secretaryName).toBe('Kathrine');
  });

  it('keeps recent files newest first, unique and bounded', () => {
    const store = new SettingsStore(mapStore());
    for (let i = 0; i < MAX_RECENT_FILES + 3; i++)
      store.rememberRecent(`/m/${i}.referat`, `Møde ${i}`, new Date(2018, 0, i + 1));
    store.rememberRecent('/m/5.referat', 'Møde 5', new Date(2018, 1, 1));
    const recent = store.recentFiles();
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent[0]?.path).toBe('/m/5.referat');
    expect(recent.filter((file) => file.path === '/m/5.referat')).toHaveLength(1);
    expect(store.forgetRecent('/m/5.referat').some((file) => file.path === '/m/5.referat')).toBe(
      false,
    );
  });

  it('ignores a damaged window state', () => {
    expect(new SettingsStore(mapStore({ windowState: { width: 'big' } })).windowState()).toBeNull();
    const store = new SettingsStore(mapStore());
    store.saveWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    expect(store.windowState()).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });
});
