/**
 * Spellchecking for one Lexical editor, without touching its state: after
 * each update the changed top-level blocks are noted (cheap, on the
 * keystroke), and when the page is idle their words are read from the DOM,
 * sent to the worker if new, and the misspelled ones marked with DOM ranges
 * in the spelling highlight. On mount, and when accepted words change,
 * every block is checked, in idle slices.
 *
 * The word the caret is in while typing is not flagged until the caret
 * leaves it, as in Word: "sag" is not a mistake on the way to "sagen".
 */
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  $isTextNode,
  $setSelection,
  BLUR_COMMAND,
  COMMAND_PRIORITY_LOW,
  SELECTION_CHANGE_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { wordsToCheck } from '../../../shared/spelling/words';
import { offsetOf, rangeOf, readBlockText, type BlockText } from './dom-text';
import { hasTime, whenIdle, type IdleDeadline } from './idle';
import { MarkPainter } from './mark-painter';
import { showSpellingMenu } from './menu/show-menu';
import { registerSpellingField, type Misspelling } from './misspelling';
import { spelling } from './spelling-service';

interface Mark {
  range: Range;
  word: string;
}

/** True when two ranges cover the same DOM positions. */
function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/** Starts spellchecking `editor`; returns the function that stops it and removes its marks. */
export function registerEditorSpelling(editor: LexicalEditor): () => void {
  const marks = new Map<NodeKey, Mark[]>();
  /** Blocks to (re)check when idle. */
  const dirty = new Set<NodeKey>();
  /** Blocks typed in since their last check: the word at the caret is spared. */
  const edited = new Set<NodeKey>();
  /** Blocks waiting for the worker, with the keys they wait for. */
  const waiting = new Map<NodeKey, string[]>();
  /** The block whose word at the caret was spared, rechecked when the caret moves. */
  let spared: NodeKey | null = null;
  let checkAll = true;
  let cancelIdle: (() => void) | null = null;

  const schedule = () => {
    cancelIdle ??= whenIdle(run);
  };

  const painter = new MarkPainter();

  /** Replaces a block's marks (none: forgets the block). */
  const setMarks = (key: NodeKey, element: Element | null, list: Mark[]) => {
    if (list.length && element) marks.set(key, list);
    else marks.delete(key);
    painter.set(
      key,
      element,
      list.map((mark) => mark.range),
    );
  };

  const clearBlock = (key: NodeKey) => setMarks(key, null, []);

  const clearAll = () => {
    for (const key of [...marks.keys()]) clearBlock(key);
    dirty.clear();
    waiting.clear();
  };

  /** Drops a block's marks whose text changed under them (the block is rechecked soon anyway). */
  const pruneBlock = (key: NodeKey) => {
    const list = marks.get(key);
    if (!list) return;
    const kept = list.filter(
      (mark) => mark.range.startContainer.isConnected && mark.range.toString() === mark.word,
    );
    if (kept.length < list.length) setMarks(key, editor.getElementByKey(key), kept);
  };

  const caretIn = (block: BlockText, root: HTMLElement): number | null => {
    const selection = document.getSelection();
    if (!selection?.isCollapsed || !selection.anchorNode) return null;
    if (!root.contains(document.activeElement)) return null;
    return offsetOf(block, selection.anchorNode, selection.anchorOffset);
  };

  const checkBlock = (key: NodeKey, unknown: Set<string>) => {
    waiting.delete(key);
    const element = editor.getElementByKey(key);
    const root = editor.getRootElement();
    if (!element || !root) return clearBlock(key);
    const block = readBlockText(element);
    const caret = edited.has(key) ? caretIn(block, root) : null;
    const previous = marks.get(key) ?? [];
    const found: Mark[] = [];
    const pending: string[] = [];
    for (const token of wordsToCheck(block.text)) {
      // The word being typed is not asked about at all until the caret
      // leaves it: no worker round trip per keystroke.
      if (caret !== null && token.start <= caret && caret <= token.end) {
        spared = key;
        continue;
      }
      const flagged = spelling.isFlagged(token);
      if (flagged === undefined) pending.push(token.key);
      if (!flagged) continue;
      const range = rangeOf(block, token.start, token.end);
      if (!range) continue;
      // The same word in the same place keeps its Range, so the highlight is not touched.
      const kept = previous.find(
        (mark) => mark.word === token.word && sameRange(mark.range, range),
      );
      found.push(kept ?? { range, word: token.word });
    }
    const unchanged =
      found.length === previous.length && found.every((mark, index) => mark === previous[index]);
    if (!unchanged) setMarks(key, element, found);
    if (pending.length) {
      waiting.set(key, pending);
      for (const pendingKey of pending) unknown.add(pendingKey);
    } else {
      edited.delete(key);
    }
  };

  function run(deadline: IdleDeadline) {
    cancelIdle = null;
    if (!spelling.isEnabled()) return clearAll();
    if (checkAll) {
      checkAll = false;
      editor.getEditorState().read(() => {
        for (const key of $getRoot().getChildrenKeys()) dirty.add(key);
      });
    }
    const started = performance.now();
    const unknown = new Set<string>();
    for (const key of dirty) {
      if (!hasTime(deadline, started)) break;
      dirty.delete(key);
      checkBlock(key, unknown);
    }
    if (unknown.size) spelling.client.request(unknown);
    if (dirty.size) schedule();
  }

  const onAnswered = () => {
    for (const [key, keys] of waiting) {
      if (keys.every((k) => spelling.client.verdict(k) !== undefined)) dirty.add(key);
    }
    if (dirty.size) schedule();
  };

  const recheckSpared = () => {
    if (spared === null) return false;
    dirty.add(spared);
    spared = null;
    schedule();
    return false;
  };

  const markAt = (node: Node, offset: number): Mark | null => {
    for (const list of marks.values()) {
      for (const mark of list) {
        if (mark.range.startContainer.getRootNode() !== node.getRootNode()) continue;
        if (mark.range.comparePoint(node, offset) === 0) return mark;
      }
    }
    return null;
  };

  const misspelling = (mark: Mark): Misspelling => ({
    word: mark.word,
    rect: () => mark.range.getBoundingClientRect(),
    replace: (text) => {
      // The text may have changed while the menu was open: then leave it.
      if (!mark.range.startContainer.isConnected || mark.range.toString() !== mark.word) {
        editor.focus();
        return;
      }
      const { startContainer, startOffset, endContainer, endOffset } = mark.range;
      editor.update(() => {
        const start = $getNearestNodeFromDOMNode(startContainer);
        const end = $getNearestNodeFromDOMNode(endContainer);
        if (!$isTextNode(start) || !$isTextNode(end)) return;
        const selection = $createRangeSelection();
        selection.anchor.set(start.getKey(), startOffset, 'text');
        selection.focus.set(end.getKey(), endOffset, 'text');
        $setSelection(selection);
        selection.insertText(text);
      });
      editor.focus();
    },
    restoreFocus: () => editor.focus(),
  });

  /**
   * Ctrl+.: the mark at the caret; else the last one before it in the same
   * paragraph (the word just typed); else the next one after it; else the first.
   */
  const markNearCaret = (): Mark | null => {
    const all = [...marks.entries()]
      .flatMap(([key, list]) => list.map((mark) => ({ key, mark })))
      .sort((a, b) => a.mark.range.compareBoundaryPoints(Range.START_TO_START, b.mark.range));
    const selection = document.getSelection();
    const caret = selection?.rangeCount ? selection.getRangeAt(0) : null;
    if (!caret) return all[0]?.mark ?? null;
    const at = markAt(caret.startContainer, caret.startOffset);
    if (at) return at;
    const block = editor.read(() => {
      const node = $getNearestNodeFromDOMNode(caret.startContainer);
      return node?.getTopLevelElement()?.getKey() ?? null;
    });
    const before = (entry: { mark: Mark }) =>
      entry.mark.range.compareBoundaryPoints(Range.START_TO_START, caret) < 0;
    const previous = all.filter((entry) => entry.key === block && before(entry)).at(-1);
    const next = all.find((entry) => !before(entry));
    return (previous ?? next ?? all[0])?.mark ?? null;
  };

  const onContextMenu = (event: MouseEvent) => {
    const position = document.caretPositionFromPoint(event.clientX, event.clientY);
    const mark = position ? markAt(position.offsetNode, position.offset) : null;
    if (!mark) return;
    event.preventDefault();
    showSpellingMenu(misspelling(mark), { x: event.clientX, y: event.clientY });
  };

  const unregisterField = registerSpellingField({
    misspellingNear: (element) => {
      const root = editor.getRootElement();
      if (!root?.contains(element) || !spelling.isEnabled()) return undefined;
      const mark = markNearCaret();
      return mark ? misspelling(mark) : null;
    },
  });

  const unregisterRoot = editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('contextmenu', onContextMenu);
    root?.addEventListener('contextmenu', onContextMenu);
  });

  const unregisterUpdate = editor.registerUpdateListener(
    ({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      editorState.read(() => {
        const touched = new Set<NodeKey>();
        for (const key of [...dirtyLeaves, ...dirtyElements.keys()]) {
          if (key === 'root') continue;
          const top = $getNodeByKey(key)?.getTopLevelElement();
          if (top) touched.add(top.getKey());
        }
        for (const key of touched) {
          dirty.add(key);
          edited.add(key);
          pruneBlock(key);
        }
        for (const key of [...marks.keys()]) if (!$getNodeByKey(key)) clearBlock(key);
      });
      if (spelling.isEnabled()) schedule();
    },
  );

  const unregisterCaret = editor.registerCommand(
    SELECTION_CHANGE_COMMAND,
    recheckSpared,
    COMMAND_PRIORITY_LOW,
  );
  const unregisterBlur = editor.registerCommand(BLUR_COMMAND, recheckSpared, COMMAND_PRIORITY_LOW);
  const unsubscribeService = spelling.subscribe(() => {
    checkAll = true;
    schedule();
  });
  const unsubscribeAnswers = spelling.client.onAnswered(onAnswered);
  if (spelling.isEnabled()) schedule();

  return () => {
    cancelIdle?.();
    unsubscribeAnswers();
    unsubscribeService();
    unregisterBlur();
    unregisterCaret();
    unregisterUpdate();
    unregisterRoot();
    editor.getRootElement()?.removeEventListener('contextmenu', onContextMenu);
    unregisterField();
    clearAll();
    painter.dispose();
  };
}
