/**
 * The settings as they stand at change number `version`: every key changes
 * with it, and the recent list grows, so a torn or mixed write would match no
 * version.
 */
export function settingsForVersion(version: number): Record<string, unknown> {
  return {
    settings: { secretaryName: `Sekretær ${version}`, defaultBody: 'Direktionen' },
    recentFiles: Array.from({ length: 1 + (version % 10) }, (_, i) => ({
      path: `/møder/${version}/${i}.referat`,
      title: `Møde ${i} ved version ${version} `.repeat(20),
      openedAt: new Date(Date.UTC(2018, 0, 1 + i)).toISOString(),
    })),
    windowState: { width: 800 + version, height: 600, maximized: version % 2 === 0 },
  };
}
