import { describe, expect, it, vi } from 'vitest';
import { skipOrFail } from './require-tool';

describe('a test that cannot run here', () => {
  it('fails in CI instead of passing silently', () => {
    const skip = vi.fn() as unknown as (note: string) => never;
    expect(() => skipOrFail('needs root', skip, { CI: 'true' })).toThrow('CI: needs root');
    expect(skip).not.toHaveBeenCalled();
  });

  it('is reported as skipped, with its reason, on a developer machine', () => {
    const skip = vi.fn((note: string): never => {
      throw new Error(`skipped: ${note}`);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => skipOrFail('needs root', skip, {})).toThrow('skipped: needs root');
    expect(skip).toHaveBeenCalledWith('needs root');
    expect(warn).toHaveBeenCalledWith('SKIPPED: needs root');
    warn.mockRestore();
  });
});
