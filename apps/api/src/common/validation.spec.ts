import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { getMetadataStorage, validate } from 'class-validator';
import { LOCALES } from '@ruamsang/shared';
import { hasMessage, translate } from './errors.js';
import { IsClientKey, describedFormat, validationErrorFrom } from './validation.js';

const src = fileURLToPath(new URL('..', import.meta.url));

function inputFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return inputFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') && readFileSync(path, 'utf8').includes("from 'class-validator'") ? [path] : [];
  });
}

describe('every input refusal says what is allowed', () => {
  it('has a message in th/en/ms for every constraint and a described format for every pattern', async () => {
    const files = inputFiles(src).filter((path) => !path.includes('/common/'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) await import(relative(fileURLToPath(new URL('.', import.meta.url)), file).replace(/^(?!\.)/, './'));
    const metadata = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { name?: string; type: string; constraints?: unknown[]; propertyName: string; target: unknown }[]> };
    const undescribed: string[] = [];
    for (const list of metadata.validationMetadatas.values()) {
      for (const m of list) {
        const name = m.name ?? m.type;
        if (['nestedValidation', 'conditionalValidation', 'whitelistValidation'].includes(m.type)) continue;
        const where = `${(m.target as { name?: string }).name ?? '?'}.${m.propertyName}`;
        if (name === 'matches') {
          const pattern = m.constraints?.[0];
          if (!(pattern instanceof RegExp) || !describedFormat(pattern)) undescribed.push(`${where}: pattern ${String(pattern)}`);
        } else if (!hasMessage(`validation.${name}`)) {
          undescribed.push(`${where}: ${name}`);
        }
      }
    }
    expect(undescribed).toEqual([]);
  });
});

class Probe {
  @IsClientKey() key!: unknown;
}

describe('IsClientKey', () => {
  it.each(['uuid:6f1c2a4e-6b7d-4d1a-9c1e-0d7f7c1a2b3c', 'row-17', '7d1f0d0e-5b8a-4a43-9c2e-3b1d2c4e5f60'])('takes %s', async (key) => {
    expect(await validate(Object.assign(new Probe(), { key }))).toEqual([]);
  });

  it.each(['', 'x'.repeat(129), 'line\nbreak', 17])('refuses %j, saying what is allowed in each language', async (key) => {
    const errors = await validate(Object.assign(new Probe(), { key }));
    const error = validationErrorFrom(errors);
    expect(error.fields[0]).toMatchObject({ field: 'key', reason: 'validation.isClientKey' });
    for (const locale of LOCALES) expect(translate('validation.isClientKey', locale)).toContain('128');
  });
});
