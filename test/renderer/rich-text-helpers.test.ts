// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseAccelerator } from '../../renderer/src/common/keymap';
import {
  cleanPastedHtml,
  parseClipboardHtml,
} from '../../renderer/src/rich-text/clean-pasted-html';
import { editableJson } from '../../renderer/src/rich-text/editable-json';
import { isAllowedUrl, normalizeTypedUrl } from '../../renderer/src/rich-text/url';
import { emptyRichText, plainTextOf } from '../../shared/model/rich-text';

describe('link URLs', () => {
  it.each([
    ['https://www.htk.dk/', true],
    ['http://intra.htk.dk', true],
    ['mailto:ks@htk.dk', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['file:///C:/Windows', false],
    ['data:text/html,<b>x</b>', false],
    ['www.htk.dk', false],
    ['https://bruger:kode@www.htk.dk/', false],
    ['https://bruger@www.htk.dk/', false],
    ['https://www.htk.dk@evil.example/', false],
    ['mailto:ks@htk.dk?subject=a@b', true],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed);
  });

  it('completes what a secretary types', () => {
    expect(normalizeTypedUrl('www.htk.dk')).toBe('https://www.htk.dk');
    expect(normalizeTypedUrl('ks@htk.dk')).toBe('mailto:ks@htk.dk');
    expect(normalizeTypedUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeTypedUrl('   ')).toBeNull();
    expect(normalizeTypedUrl('bruger:kode@www.htk.dk')).toBeNull();
  });
});

describe('keyboard accelerators from the command registry', () => {
  it('parses letters and digits by physical key and names by key', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+8')).toEqual({
      primary: true,
      shift: true,
      alt: false,
      code: 'Digit8',
    });
    expect(parseAccelerator('CmdOrCtrl+B')).toEqual({
      primary: true,
      shift: false,
      alt: false,
      code: 'KeyB',
    });
    expect(parseAccelerator('Alt+Shift+Up')).toEqual({
      primary: false,
      shift: true,
      alt: true,
      key: 'ArrowUp',
    });
    expect(parseAccelerator('F1')).toEqual({ primary: false, shift: false, alt: false, key: 'F1' });
  });
});

describe('stored rich text made editable', () => {
  it('keeps known kinds untouched and turns unknown ones into their text', () => {
    const known = emptyRichText();
    expect(editableJson(known)).toBe(known);
    const foreign = emptyRichText();
    foreign.root.children.push(
      { type: 'image', src: 'x.png', altText: 'Figur 1' },
      {
        type: 'paragraph',
        children: [
          { type: 'mention', children: [{ type: 'text', text: '@CM' }] },
          { type: 'text', text: ' godkendte' },
        ],
      },
    );
    const cleaned = editableJson(foreign);
    expect(cleaned.root.children.map((c) => c.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(plainTextOf(cleaned.root)).toBe('\n\n@CM godkendte');
  });
});

describe('loose text in the root', () => {
  it('gets a paragraph of its own', () => {
    const value = emptyRichText();
    value.root.children.push({ type: 'text', text: 'løs tekst', format: 1 });
    const cleaned = editableJson(value);
    expect(cleaned.root.children[1]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', text: 'løs tekst', format: 1 }],
    });
  });
});

describe('clean pasted HTML', () => {
  function clean(html: string): string {
    const doc = parseClipboardHtml(html);
    cleanPastedHtml(doc);
    return doc.body.innerHTML.replace(/\n\s*/g, '').trim();
  }

  it('rebuilds Word list paragraphs into nested lists and detects numbering', () => {
    const html = `
      <p style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.</span>Et</p>
      <p style="mso-list:l0 level2 lfo1"><span style="mso-list:Ignore">a)</span>Under</p>
      <p style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">2.</span>To</p>
      <p>Efter listen</p>`;
    expect(clean(html)).toBe(
      '<ol><li>Et<ol><li>Under</li></ol></li><li>To</li></ol><p>Efter listen</p>',
    );
  });

  it('keeps bold from Google Docs spans and drops styles, classes, scripts, images and unsafe links', () => {
    const html =
      '<script>x()</script><p class="c1" style="color:red"><span style="font-weight:700">Fed</span> ' +
      '<a href="javascript:x()">farlig</a> <a href="https://htk.dk" style="color:blue">sikker</a><img src="a.png"></p>';
    expect(clean(html)).toBe(
      '<p><span><b>Fed</b></span> farlig <a href="https://htk.dk">sikker</a></p>',
    );
  });

  it('parses without style elements or style attributes, which the CSP would refuse', () => {
    const doc = parseClipboardHtml(
      '<style>p { color: red }</style><p title="a style=b" STYLE = "color:red">Tekst</p>' +
        '<STYLE type="text/css">x{}</STYLE><b style="font-weight:normal">normal</b>',
    );
    expect(doc.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(doc.querySelector('p')?.getAttribute('title')).toBe('a style=b');
    cleanPastedHtml(doc);
    // Google Docs wraps a paste in a <b> whose CSS says "not bold".
    expect(doc.body.innerHTML).toBe('<p>Tekst</p>normal');
  });

  it('turns any heading into the one subheading level', () => {
    expect(clean('<h1>Økonomi</h1><h4>Detaljer</h4>')).toBe('<h3>Økonomi</h3><h3>Detaljer</h3>');
  });
});
