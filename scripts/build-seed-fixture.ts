/**
 * Builds test/fixtures/direktionen-2018-01-29.referat: the seed referat as a
 * real `.referat` file. Rich text is made by real Lexical (headless, with the
 * node set the editor registers), so the fixture holds exactly what the
 * editor would save, not a hand-written imitation of it.
 *
 * Run: `npm run fixture:seed`. Output is deterministic (fixed ids and
 * timestamp), so a test can rebuild it and demand byte-identical text.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { EDITOR_NODES } from '../renderer/src/rich-text/nodes';
import { serializeMeetingFile } from '../shared/format/write';
import type { Meeting, MeetingInput } from '../shared/model/meeting';
import type { RichText } from '../shared/model/rich-text';
import { meetingSchema } from '../shared/model/schema';
import { DEFAULT_TEMPLATE } from '../shared/template/built-in/index';
import type { Block, Run } from '../test/fixtures/seed-blocks';
import { SEED_HEADER, SEED_ITEMS, type SeedItem } from '../test/fixtures/seed-content';
import { SEED_FIXTURE_PATH } from '../test/support/seed';

const WRITE_CONTEXT = { appVersion: '0.1.0', savedAt: '2018-01-29T12:00:00.000+01:00' };

function createEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'seed-fixture',
    // Exactly the nodes the editor registers, so the fixture is what it would save.
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
}

function appendRuns(parent: ElementNode, runs: Run[]): void {
  for (const run of runs) {
    if (typeof run === 'string') parent.append($createTextNode(run));
    else parent.append($createTextNode(run.text).toggleFormat(run.format));
  }
}

function $appendBlock(block: Block): void {
  const root = $getRoot();
  if (block.kind === 'paragraph') {
    const paragraph = $createParagraphNode();
    appendRuns(paragraph, block.runs);
    root.append(paragraph);
  } else if (block.kind === 'heading') {
    const heading = $createHeadingNode('h3');
    appendRuns(heading, block.runs);
    root.append(heading);
  } else {
    const list = $createListNode(block.listType);
    for (const runs of block.items) {
      const listItem = $createListItemNode();
      appendRuns(listItem, runs);
      list.append(listItem);
    }
    root.append(list);
  }
}

/** Rich text for `blocks` in full `editorState.toJSON()` form; no blocks gives one empty paragraph, as in the editor. */
function richText(editor: LexicalEditor, blocks: Block[]): RichText {
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      if (blocks.length === 0) root.append($createParagraphNode());
      blocks.forEach($appendBlock);
    },
    // Commit synchronously so the state can be read right away.
    { discrete: true },
  );
  // Lexical's serialized types lack our index signature; meetingSchema
  // validates the shape below, so the round-trip through JSON is the check.
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as RichText;
}

function buildItem(
  editor: LexicalEditor,
  item: SeedItem,
  index: number,
): NonNullable<MeetingInput['items']>[number] {
  const n = index + 1;
  return {
    id: `item-${n}`,
    title: item.title,
    caseNumber: item.caseNumber,
    closed: item.closed,
    fields: {},
    sections: {
      baggrund: richText(editor, item.background),
      indstilling: richText(editor, item.recommendation),
      sagsfremstilling: richText(editor, item.presentation),
    },
    decisions: item.decisions.map((decision) => ({
      id: `d-${n}-${decision.date}`,
      body: SEED_HEADER.body,
      date: decision.date,
      text: richText(editor, decision.text),
    })),
    attachments: item.attachments.map((title, a) => ({
      id: `a-${n}-${a + 1}`,
      title,
      filePath: null,
    })),
  };
}

/** The seed meeting, validated by the file schema. */
export function buildSeedMeeting(): Meeting {
  const editor = createEditor();
  return meetingSchema.parse({
    id: SEED_HEADER.id,
    kind: 'referat',
    body: SEED_HEADER.body,
    date: SEED_HEADER.date,
    startTime: SEED_HEADER.startTime,
    endTime: null,
    venue: SEED_HEADER.venue,
    participants: SEED_HEADER.participants.map((participant) => ({
      ...participant,
      party: '',
      attendance: 'present',
      attendanceNote: '',
    })),
    firstItemNumber: 1,
    template: DEFAULT_TEMPLATE,
    items: SEED_ITEMS.map((item, index) => buildItem(editor, item, index)),
  } satisfies MeetingInput);
}

/** The exact text of the fixture file. */
export function buildSeedFixtureText(): string {
  return serializeMeetingFile(buildSeedMeeting(), WRITE_CONTEXT);
}

// Run as a script: write the file. A plain write is fine here: this is a
// checked-in test fixture, not a user's document (those go through
// writeFileAtomic).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(SEED_FIXTURE_PATH, buildSeedFixtureText(), 'utf8');
  console.log(`Wrote ${SEED_FIXTURE_PATH}`);
}
