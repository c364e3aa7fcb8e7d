import { dialog, type BrowserWindow, type WebContents } from 'electron';

/** How long a live page takes at most to run a trivial script. */
const PROBE_TIMEOUT_MS = 1000;

/**
 * True when the page's main thread still runs: it evaluates a trivial
 * script within a second. A hung page (a script in an endless loop) never
 * does; a page waiting for the secretary in a dialog does at once.
 */
export function probePage(contents: WebContents): Promise<boolean> {
  const answered = contents.executeJavaScript('true').then(
    () => true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) =>
    setTimeout(() => resolve(false), PROBE_TIMEOUT_MS),
  );
  return Promise.race([answered, timeout]);
}

/** The question shown when the page hangs, honest about what is on disk. */
export function hungWindowQuestion(saved: boolean): {
  message: string;
  detail: string;
  buttons: [wait: string, close: string];
} {
  const detail = saved
    ? 'Dine seneste gemte ændringer er i sikkerhed: Referat har også lagt en kopi af dem i gendannelsesmappen. ' +
      'Tekst, du har skrevet inden for de sidste par sekunder, kan mangle, hvis du lukker nu.'
    : 'Det, der allerede er gemt automatisk, er i sikkerhed. ' +
      'Tekst, du har skrevet siden sidste automatiske gemning, kan gå tabt, hvis du lukker nu.';
  return {
    message: 'Referat svarer ikke.',
    detail: `${detail}\n\nVil du lukke vinduet, eller vente på, at Referat svarer igen?`,
    buttons: ['Vent', 'Luk vinduet'],
  };
}

/** Asks with a native dialog whether to close the hung `window`; true means close. */
export async function askForceClose(window: BrowserWindow, saved: boolean): Promise<boolean> {
  const question = hungWindowQuestion(saved);
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Referat',
    message: question.message,
    detail: question.detail,
    buttons: question.buttons,
    // Waiting is the safe choice: Enter and Esc both wait.
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}
