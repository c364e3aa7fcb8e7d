/**
 * The meeting files the user has chosen in this session: in an open or save
 * dialog, by double-clicking a file (the OS hands it to us), or from the
 * recent list. The page may ask main to open one of these by path (a recent
 * file, a file the OS asked to open, the backup of one of them) and nothing
 * else: a compromised page cannot make main read an arbitrary file, nor
 * touch a UNC path (which would leak the user's credentials to a remote
 * server) that the user did not pick.
 */
export class ChosenPaths {
  private readonly chosen = new Set<string>();

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  /** Records that the user chose `path`. */
  add(path: string): void {
    this.chosen.add(this.key(path));
  }

  /** True when the user chose `path` in this session. */
  has(path: string): boolean {
    return this.chosen.has(this.key(path));
  }

  // Windows and macOS file systems are usually case-insensitive.
  private key(path: string): string {
    return this.platform === 'linux' ? path : path.toLowerCase();
  }
}
