/**
 * Stand-in for the `electron` package in tests. Importing the real package
 * from Node tries to download the Electron binary; a test that needs
 * Electron APIs mocks them with `vi.mock('electron', ...)`.
 */
throw new Error(
  'electron was imported without a mock. Use vi.mock("electron", () => ({ ... })) in this test.',
);
