// @vitest-environment happy-dom
/**
 * The template editor's preview prints what the Word export prints for the
 * same settings: the lines under an item heading, a closed item in the
 * public version, the contents list's groups and the decision's absence
 * line and inhabilitet note, compared with the export's own blocks for
 * every choice of the settings concerned.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/export/blocks';
import { ListNumbering } from '../../shared/export/rich-text/context';
import { contents } from '../../shared/export/sections/contents';
import { agendaItem } from '../../shared/export/sections/item';
import {
  createAgendaItem,
  createDecision,
  createMeeting,
  createParticipant,
  type Meeting,
} from '../../shared/model/meeting';
import { builtInTemplate } from '../../shared/template/built-in';
import type { Template } from '../../shared/template/schema';
import { TemplatePreview } from '../../renderer/src/app/templates/TemplatePreview';
import { paragraphs } from '../support/meeting-builders';

const base = builtInTemplate('direktionen') as Template;

/** A meeting with an open item (case number, a field, a member away) and a closed one. */
function meeting(template: Template): Meeting {
  const m = createMeeting('2018-01-29', {
    body: 'Direktionen',
    venue: 'Rådhuset',
    secretaryName: '',
  });
  const bo = { ...createParticipant('Bo Jensen', 'medlem'), party: 'V' };
  const eva = { ...createParticipant('Eva Holm', 'medlem'), party: 'C' };
  m.participants = [createParticipant('Anne Hansen', 'formand'), bo, eva];
  const open = createAgendaItem('Status på Nyt Fokus');
  open.caseNumber = '16/13808';
  open.fields.kompetence = 'Direktionen';
  open.attendance = [
    { participantId: bo.id, kind: 'away', reason: '' },
    { participantId: eva.id, kind: 'inhabil', reason: 'nær familie til ansøger' },
  ];
  open.decisions.push({ ...createDecision(), text: paragraphs('Taget til efterretning.') });
  const closed = createAgendaItem('Personalesag');
  closed.caseNumber = '17/00421';
  closed.closed = true;
  closed.fields.kompetence = 'Borgmesteren';
  closed.decisions.push({ ...createDecision(), text: paragraphs('Godkendt.') });
  m.items = [open, closed];
  return { ...m, template };
}

function withSettings(patch: {
  print?: Template['item']['caseNumber']['print'];
  layout?: Template['item']['fieldsLayout'];
  publicShows?: Template['closedItems']['publicShows'];
  absentLine?: Template['decision']['absentLine'];
}): Template {
  return {
    ...base,
    fields: [
      { id: 'kompetence', label: 'Kompetence', kind: 'text', choices: [], print: true, help: '' },
    ],
    item: {
      ...base.item,
      caseNumber: { label: 'J.nr.', print: patch.print ?? 'alone' },
      fieldsLayout: patch.layout ?? 'lines',
    },
    decision: {
      ...base.decision,
      absentLine: patch.absentLine ?? 'always',
      absentLabel: 'Ikke til stede',
    },
    closedItems: {
      ...base.closedItems,
      publicShows: patch.publicShows ?? 'case-number',
      label: 'Fortroligt',
    },
    contents: {
      ...base.contents,
      grouping: 'open-closed',
      openLabel: 'Åbne',
      closedLabel: 'Lukkede',
    },
  };
}

/** The preview as a document, to read by data-testid. */
function preview(m: Meeting): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(<TemplatePreview template={m.template} meeting={m} />);
  return host;
}

const texts = (root: Element, testId: string) =>
  [...root.querySelectorAll(`[data-testid="${testId}"]`)].map((el) =>
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

/** A paragraph block's text as a reader sees it (a tab reads as a space). */
function blockText(block: Block): string {
  if (block.kind !== 'paragraph') return '';
  return block.inlines
    .map((inline) => (inline.kind === 'text' ? inline.text : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The export's blocks of item `index` in `version`, as texts with their style. */
function exported(m: Meeting, index: number, version: 'internal' | 'public') {
  const item = m.items[index];
  if (!item) throw new Error('no item');
  return agendaItem(m, item, index, { version }, new ListNumbering()).map((block) => ({
    style: block.kind === 'paragraph' ? block.style : block.kind,
    text: blockText(block),
  }));
}

/** The lines the export prints between the heading and the first section heading. */
function underHeading(blocks: ReturnType<typeof exported>): string[] {
  const end = blocks.findIndex((block, i) => i > 0 && block.style !== 'Normal');
  return blocks.slice(1, end < 0 ? undefined : end).map((block) => block.text);
}

describe('the template preview', () => {
  for (const print of ['alone', 'labelled', 'no'] as const) {
    for (const layout of ['lines', 'one-line'] as const) {
      it(`prints the lines under the heading as the export does (case number ${print}, fields ${layout})`, () => {
        const m = meeting(withSettings({ print, layout }));
        const shown = preview(m);
        const blocks = exported(m, 0, 'internal');
        expect(texts(shown, 'preview-item-heading')).toEqual([blocks[0]?.text]);
        // The preview's first paper: the open item's lines, then the closed item's.
        const lines = texts(
          shown.querySelector('[data-testid="preview-referat"]')!,
          'preview-metadata',
        );
        const open = underHeading(blocks);
        const closed = underHeading(exported(m, 1, 'internal')).filter(
          (line) => line !== m.template.closedItems.internalNote,
        );
        expect(lines).toEqual([...open, ...closed]);
      });
    }
  }

  for (const publicShows of ['number', 'case-number', 'title-and-decision'] as const) {
    for (const print of ['alone', 'labelled'] as const) {
      it(`shows a closed item in the public version as the export does (${publicShows}, case number ${print})`, () => {
        const m = meeting(withSettings({ publicShows, print }));
        const shown = preview(m).querySelector('[data-testid="preview-public"]')!;
        const blocks = exported(m, 1, 'public');
        expect(texts(shown, 'preview-public-closed-heading')).toEqual([blocks[0]?.text]);
        expect(texts(shown, 'preview-metadata')).toEqual(underHeading(blocks));
        if (publicShows === 'number') expect(blocks).toHaveLength(1);
      });
    }
  }

  it('groups the contents list under the export’s labels', () => {
    const m = meeting(withSettings({}));
    const shown = preview(m);
    const [block] = contents(m, { version: 'internal' }).filter((b) => b.kind === 'contents');
    if (block?.kind !== 'contents' || !block.groups) throw new Error('no grouped contents');
    expect([
      ...texts(shown, 'preview-contents-open'),
      ...texts(shown, 'preview-contents-closed'),
    ]).toEqual(block.groups.map((group) => group.label));
    expect([
      ...texts(shown, 'preview-contents-entry-open'),
      ...texts(shown, 'preview-contents-entry-closed'),
    ]).toEqual(block.groups.flatMap((group) => group.entries.map((i) => block.entries[i]?.title)));
  });

  it('groups the contents list by a choice field as the export does, the item without a choice last', () => {
    const base = withSettings({});
    const m = meeting({
      ...base,
      fields: [
        ...base.fields,
        {
          id: 'sagstype',
          label: 'Sagstype',
          kind: 'choice',
          choices: [
            { value: 'Beslutningssag', short: 'B' },
            { value: 'Orienteringssag', short: 'O' },
          ],
          print: true,
          help: '',
        },
      ],
      contents: { ...base.contents, grouping: 'field', groupField: 'sagstype' },
    });
    const [open, closed] = m.items;
    if (open) open.fields.sagstype = 'Orienteringssag';
    if (closed) closed.fields.sagstype = '';
    const shown = preview(m);
    const [block] = contents(m, { version: 'internal' }).filter((b) => b.kind === 'contents');
    if (block?.kind !== 'contents' || !block.groups) throw new Error('no grouped contents');
    expect(block.groups.map((group) => group.label)).toEqual(['Orienteringssag', 'Øvrige punkter']);
    expect(texts(shown, 'preview-contents-group-0')).toEqual(['Orienteringssag']);
    expect(texts(shown, 'preview-contents-group-1')).toEqual(['Øvrige punkter']);
    expect([
      ...texts(shown, 'preview-contents-entry-open'),
      ...texts(shown, 'preview-contents-entry-closed'),
    ]).toEqual(block.groups.flatMap((group) => group.entries.map((i) => block.entries[i]?.title)));
  });

  for (const absentLine of ['none', 'when-absent', 'always'] as const) {
    for (const absentPlacement of ['before', 'after'] as const) {
      for (const absentNote of ['', '{navne} var fraværende.']) {
        it(`prints a decision's lines as the export does (${absentLine}, ${absentPlacement}, «${absentNote}»)`, () => {
          const template = withSettings({ absentLine });
          const m = meeting({
            ...template,
            decision: { ...template.decision, absentPlacement, absentNote },
          });
          const shown = preview(m);
          const blocks = exported(m, 0, 'internal');
          const heading = blocks.findIndex((block) =>
            block.text.startsWith('Beslutning Direktionen'),
          );
          const next = blocks.findIndex((block, i) => i > heading && block.style !== 'Normal');
          const printed = blocks.slice(heading + 1, next < 0 ? undefined : next).map((b) => b.text);
          // The absent line, the inhabilitet note and the decision's text, in the printed order.
          const lines = [
            ...shown.querySelectorAll(
              '[data-testid="preview-absent-line"], [data-testid="preview-inhabil-note"], [data-testid="preview-decision-text"]',
            ),
          ].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
          expect(lines).toEqual(printed);
          expect(texts(shown, 'preview-decision-heading')).toEqual([blocks[heading]?.text]);
        });
      }
    }
  }

  for (const protocolNoteLayout of ['inline', 'below'] as const) {
    it(`prints a decision's protokolbemærkninger as the export does, after the absent line (${protocolNoteLayout})`, () => {
      const template = withSettings({ absentLine: 'always' });
      const m = meeting({
        ...template,
        decision: {
          ...template.decision,
          absentPlacement: 'after',
          protocolNote: '{navne} ønskede følgende tilført protokollen:',
          protocolNoteLayout,
        },
      });
      const decision = m.items[0]!.decisions[0]!;
      decision.protocolNotes = [
        { id: 'n1', by: [m.participants[0]!.id], byText: 'Enhedslisten', text: 'Første.\nAnden.' },
      ];
      const shown = preview(m);
      const blocks = exported(m, 0, 'internal');
      const heading = blocks.findIndex((block) => block.text.startsWith('Beslutning Direktionen'));
      const next = blocks.findIndex((block, i) => i > heading && block.style !== 'Normal');
      const printed = blocks.slice(heading + 1, next < 0 ? undefined : next).map((b) => b.text);
      const lines = [
        ...shown.querySelectorAll(
          '[data-testid="preview-absent-line"], [data-testid="preview-inhabil-note"], [data-testid="preview-decision-text"], [data-testid="preview-protocol-note"]',
        ),
      ].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
      expect(lines).toEqual(printed);
      expect(printed.slice(-3)).toEqual(
        protocolNoteLayout === 'inline'
          ? [
              'Ikke til stede: Bo Jensen (medlem)',
              'Anne Hansen (formand) og Enhedslisten ønskede følgende tilført protokollen: Første.',
              'Anden.',
            ]
          : [
              'Anne Hansen (formand) og Enhedslisten ønskede følgende tilført protokollen:',
              'Første.',
              'Anden.',
            ],
      );
    });
  }

  it('shows an example protokolbemærkning in the template’s words when the decision has none', () => {
    const m = meeting(withSettings({}));
    expect(texts(preview(m), 'preview-protocol-note')).toEqual([
      'Protokolbemærkning fra Bo Jensen (medlem): Vi kan ikke støtte forslaget, fordi udgiften ikke er finansieret.',
    ]);
  });
});
