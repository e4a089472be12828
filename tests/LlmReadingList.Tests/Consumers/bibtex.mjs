// BibTeX on stdin → what Better BibTeX's parser reads from it: entries (key, type, fields, creators) and errors.
import { parse } from '@retorquere/bibtex-parser';
import { readInput, print } from './read-input.mjs';

const library = parse(await readInput(), { english: false, caseProtection: 'strict', sentenceCase: false });
print({
  errors: library.errors.map((e) => e.error ?? String(e)),
  entries: library.entries.map((entry) => ({
    key: entry.key,
    type: entry.type,
    fields: Object.fromEntries(Object.entries(entry.fields).filter(([name]) => name !== 'author')),
    authors: (entry.fields.author ?? []).map((a) => (a.name !== undefined ? { literal: a.name } : { family: [a.prefix, a.lastName].filter(Boolean).join(' '), given: a.firstName ?? null })),
  })),
});
