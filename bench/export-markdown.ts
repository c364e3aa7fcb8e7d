/**
 * The same meeting as Markdown, for the pandoc peer: the content the Word
 * export writes (front matter, items, sections, lists, tables), so pandoc
 * converts the same text with `--toc`.
 */
import { decisionsNewestFirst } from '../shared/model/decisions';
import { sectionText, type Meeting } from '../shared/model/meeting';
import type { RichTextNode } from '../shared/model/rich-text';
import { decisionHeading, documentTitle, headerLines } from '../shared/template/render';

function inline(node: RichTextNode): string {
  if (node.type === 'text') {
    const text = typeof node.text === 'string' ? node.text : '';
    const format = typeof node.format === 'number' ? node.format : 0;
    return format & 1 ? `**${text}**` : format & 2 ? `*${text}*` : text;
  }
  if (node.type === 'linebreak') return '\\\n';
  return (node.children ?? []).map(inline).join('');
}

function blocks(node: RichTextNode, depth = 0): string[] {
  switch (node.type) {
    case 'root':
      return (node.children ?? []).flatMap((child) => blocks(child, depth));
    case 'heading':
      return [`### ${inline(node)}`, ''];
    case 'list':
      return [
        ...(node.children ?? []).flatMap((item) => {
          const nested = (item.children ?? []).filter((c) => c.type === 'list');
          const own = (item.children ?? []).filter((c) => c.type !== 'list');
          const marker = node.listType === 'number' ? '1.' : '-';
          return [
            ...(own.length ? [`${'    '.repeat(depth)}${marker} ${own.map(inline).join('')}`] : []),
            ...nested.flatMap((list) => blocks(list, depth + 1).filter(Boolean)),
          ];
        }),
        '',
      ];
    case 'table': {
      const rows = (node.children ?? []).map((row) =>
        (row.children ?? []).map((cell) => inline(cell).replace(/\|/g, '\\|')),
      );
      const width = Math.max(...rows.map((r) => r.length));
      const line = (cells: string[]) =>
        `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
      return [
        line(rows[0] ?? []),
        line(Array.from({ length: width }, () => '---')),
        ...rows.slice(1).map(line),
        '',
      ];
    }
    default:
      return [inline(node), ''];
  }
}

/** The meeting as a Markdown document with one level-1 heading per item. */
export function meetingToMarkdown(meeting: Meeting): string {
  const lines = [
    `% ${documentTitle(meeting)}`,
    '',
    ...headerLines(meeting).flatMap((line) => [`**${line.label}** ${line.value}`, '']),
  ];
  meeting.items.forEach((item, index) => {
    lines.push(
      `# Punkt ${meeting.firstItemNumber + index}: ${item.title}`,
      '',
      item.caseNumber,
      '',
    );
    const section = (label: string, root: RichTextNode) =>
      lines.push(`## ${label}`, '', ...blocks(root));
    for (const part of meeting.template.sections) {
      if (part.kind === 'rich-text') section(part.label, sectionText(item, part.id).root);
      if (part.kind === 'decisions') {
        for (const decision of decisionsNewestFirst(item, meeting))
          section(decisionHeading(decision, meeting), decision.text.root);
      }
      if (part.kind === 'attachments') {
        lines.push(`## ${part.label}`, '', ...item.attachments.map((a) => `- ${a.title}`), '');
      }
    }
  });
  return lines.join('\n');
}
