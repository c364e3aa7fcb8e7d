/**
 * Templates that must be refused, each with the Danish line that must say
 * why and where: used through the schema (test/shared/template-file.test.ts)
 * and through `referat template check` (test/export/template-check.test.ts).
 */
import { builtInTemplate } from '../../shared/template/built-in/index';
import { TEMPLATE_FILE_FORMAT, TEMPLATE_FILE_VERSION } from '../../shared/template/file';
import type { Template } from '../../shared/template/schema';

/** A copy of a built-in template, to spoil (wrong types go in with Object.assign). */
export function plainTemplate(id = 'udvalg'): Template {
  const template = builtInTemplate(id);
  if (!template) throw new Error(`no built-in template ${id}`);
  return structuredClone(template);
}

/** A template file's text around `template`. */
export function templateFileText(template: unknown): string {
  return JSON.stringify(
    { format: TEMPLATE_FILE_FORMAT, schemaVersion: TEMPLATE_FILE_VERSION, template },
    null,
    2,
  );
}

/** Name → a spoiled template and the problem line it must produce (exactly). */
export const BAD_TEMPLATES: { name: string; template: unknown; problem: string }[] = [
  (() => {
    const t = plainTemplate();
    t.item.heading = '{nr}. {overskrift}';
    return {
      name: 'an unknown placeholder',
      template: t,
      problem:
        'punkt › heading: Punktoverskriften bruger den ukendte pladsholder {overskrift}. Mulige: {nr}, {titel}, {sagsnr}, {status}, {sagstype}, {kompetence}',
    };
  })(),
  (() => {
    const t = plainTemplate();
    t.sections[3]!.id = 'indstilling';
    return {
      name: 'a duplicate section id',
      template: t,
      problem:
        "afsnit › nr. 4 › id: Id «indstilling» bruges både af afsnittet «Indstilling» og afsnittet «Sagsfremstilling»; id'er skal være forskellige",
    };
  })(),
  (() => {
    const t = plainTemplate();
    t.sections[1]!.label = '   ';
    return {
      name: 'an empty label',
      template: t,
      problem: 'afsnit › nr. 2 › label: Afsnittets overskrift må ikke være tom',
    };
  })(),
  (() => {
    const t = plainTemplate();
    t.decision.heading = `Beslutning ${'x'.repeat(9989)}`;
    return {
      name: 'a pattern of 10,000 characters',
      template: t,
      problem: 'beslutning › heading: Mønsteret har 10000 tegn; højst 500 er tilladt',
    };
  })(),
  (() => {
    const t = plainTemplate();
    Object.assign(t.sections[4]!, { kind: 'tabel' });
    return {
      name: 'a section kind it does not know',
      template: t,
      problem:
        'afsnit › nr. 5 › kind: Ukendt afsnitstype "tabel". Brug rich-text, decisions, attachments eller short-text',
    };
  })(),
];
