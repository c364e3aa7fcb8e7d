/**
 * Files the OS asked us to open, held until a renderer is listening.
 *
 * A double-clicked file arrives long before the page has loaded (argv at
 * first start; macOS `open-file` even before `ready`), and a second one can
 * arrive while a new window is still loading. Events sent to a page that has
 * not subscribed yet are lost, so instead the renderer *takes* the queue once
 * it listens, and from then on each file goes straight to it as an event.
 */
export class FileOpenQueue {
  private pending: string[] = [];
  private deliver: ((path: string) => void) | null = null;

  /** Queues `paths`, or hands them to the listening renderer. */
  push(paths: readonly string[]): void {
    for (const path of paths) {
      if (this.deliver) this.deliver(path);
      // A file requested twice before the page listens is opened once.
      else if (!this.pending.includes(path)) this.pending.push(path);
    }
  }

  /**
   * Called when the renderer starts listening: returns what was queued and
   * sends later files to `deliver` directly.
   */
  take(deliver: (path: string) => void): string[] {
    this.deliver = deliver;
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** The renderer went away (window closed or reloading): queue again until the next `take`. */
  detach(): void {
    this.deliver = null;
  }
}
