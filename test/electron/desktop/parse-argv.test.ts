import { describe, expect, it } from 'vitest';
import { meetingFilesFromArgv } from '../../../electron/main/open-files/parse-argv';
import { filesFromSecondInstance } from '../../../electron/main/open-files/second-instance';

type Case = [name: string, platform: NodeJS.Platform, cwd: string, argv: string[], files: string[]];

const WIN_EXE = 'C:\\Users\\mette\\AppData\\Local\\Programs\\Referat\\Referat.exe';
const MAC_EXE = '/Applications/Referat.app/Contents/MacOS/Referat';
const LINUX_EXE = '/opt/Referat/referat';

const cases: Case[] = [
  [
    'Windows double-click',
    'win32',
    'C:\\Windows\\System32',
    [WIN_EXE, 'C:\\Møder\\Byråd 2026-03-04.referat'],
    ['C:\\Møder\\Byråd 2026-03-04.referat'],
  ],
  [
    'Windows upper-case extension',
    'win32',
    'C:\\x',
    [WIN_EXE, 'D:\\REFERAT.REFERAT'],
    ['D:\\REFERAT.REFERAT'],
  ],
  [
    'Windows relative path',
    'win32',
    'C:\\Users\\mette\\Documents',
    [WIN_EXE, 'Møder\\udvalg.referat'],
    ['C:\\Users\\mette\\Documents\\Møder\\udvalg.referat'],
  ],
  [
    'Windows UNC share',
    'win32',
    'C:\\',
    [WIN_EXE, '\\\\fil01\\Politik\\byråd.referat'],
    ['\\\\fil01\\Politik\\byråd.referat'],
  ],
  [
    'Chromium switches before and after the file',
    'win32',
    'C:\\',
    [
      WIN_EXE,
      '--allow-file-access-from-files',
      '--original-process-start-time=13380000000',
      'C:\\a.referat',
      '--enable-features=X',
    ],
    ['C:\\a.referat'],
  ],
  [
    'a switch that looks like a path is still a switch',
    'win32',
    'C:\\',
    [WIN_EXE, '--user-data-dir=C:\\x.referat'],
    [],
  ],
  [
    'other files are ignored',
    'win32',
    'C:\\',
    [WIN_EXE, 'C:\\referat.docx', 'C:\\notes.referat.txt', 'C:\\b.referat'],
    ['C:\\b.referat'],
  ],
  [
    'the same file twice (any case) opens once',
    'win32',
    'C:\\',
    [WIN_EXE, 'C:\\a.referat', 'c:\\A.referat'],
    ['C:\\a.referat'],
  ],
  ['no file: Start menu launch', 'win32', 'C:\\', [WIN_EXE], []],
  ['empty arguments', 'win32', 'C:\\', [WIN_EXE, '', '  '], []],
  ['macOS process serial number', 'darwin', '/', [MAC_EXE, '-psn_0_1234567'], []],
  [
    'macOS path from the terminal',
    'darwin',
    '/Users/mette',
    [MAC_EXE, 'Desktop/møde.referat'],
    ['/Users/mette/Desktop/møde.referat'],
  ],
  [
    'development: electron . with a file',
    'linux',
    '/home/dev/referat',
    ['/home/dev/referat/node_modules/electron/dist/electron', '.', 'fixtures/seed.referat'],
    ['/home/dev/referat/fixtures/seed.referat'],
  ],
  [
    'Linux desktop entry %U passes file URLs',
    'linux',
    '/home/mette',
    [LINUX_EXE, 'file:///home/mette/M%C3%B8der/byr%C3%A5d.referat'],
    ['/home/mette/Møder/byråd.referat'],
  ],
  [
    'Linux: case matters, both kept',
    'linux',
    '/',
    [LINUX_EXE, '/a.referat', '/A.referat'],
    ['/a.referat', '/A.referat'],
  ],
  [
    'Linux: ../ resolved',
    'linux',
    '/home/mette/Hentet',
    [LINUX_EXE, '../Møder/./x.referat'],
    ['/home/mette/Møder/x.referat'],
  ],
  [
    'a colon in a name is not a URL',
    'darwin',
    '/Users/mette',
    [MAC_EXE, 'Budget:2026.referat'],
    ['/Users/mette/Budget:2026.referat'],
  ],
  [
    'web URLs are not files',
    'linux',
    '/',
    [LINUX_EXE, 'https://example.org/x.referat', 'smb://fil01/x.referat'],
    [],
  ],
  [
    'after a bare --, a name starting with - is a file',
    'linux',
    '/tmp',
    [LINUX_EXE, '--', '-odd name.referat'],
    ['/tmp/-odd name.referat'],
  ],
];

describe('meetingFilesFromArgv', () => {
  it.each(cases)('%s (%s)', (_name, platform, cwd, argv, files) => {
    expect(meetingFilesFromArgv(argv, { cwd, platform })).toEqual(files);
  });
});

describe('filesFromSecondInstance', () => {
  it('prefers the files the second process parsed itself', () => {
    const argv = [WIN_EXE, '--some-switch', 'ignored.referat'];
    const data = { files: ['C:\\Users\\mette\\Desktop\\a.referat'] };
    expect(filesFromSecondInstance(argv, 'C:\\', data, 'win32')).toEqual(data.files);
  });

  it('falls back to the argv, resolved against the second process’s directory', () => {
    const argv = [WIN_EXE, '--flag', 'a.referat'];
    expect(filesFromSecondInstance(argv, 'D:\\Møder', undefined, 'win32')).toEqual([
      'D:\\Møder\\a.referat',
    ]);
  });

  it('drops anything in the additional data that is not an absolute .referat path', () => {
    const data = { files: ['/ok.referat', 'relative.referat', '/x.exe', 42, null] };
    expect(filesFromSecondInstance([LINUX_EXE], '/', data, 'linux')).toEqual(['/ok.referat']);
  });
});
