import { parseDocument, type Document } from 'yaml';

// Every YAML the project reads comes from a person's files (front matter, corrections.yaml), so
// it is only ever data: the core schema (no custom tags, no timestamps), warnings count as
// errors, and aliases are capped so a few lines cannot expand into gigabytes.
const MAX_ALIASES = 100;

/** YAML that cannot be read as data; the message is one line, fit to follow a file name. */
export class YamlError extends Error {
  override name = 'YamlError';
}

/** The checked document, for a caller that edits it and keeps its comments. */
export function readYamlDocument(text: string): Document {
  const doc = parseDocument(text, { schema: 'core' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new YamlError(firstLine(problem.message));
  return doc;
}

/** The plain data of a YAML text. */
export function readYaml(text: string): unknown {
  return yamlData(readYamlDocument(text));
}

/** The plain data of a checked document, aliases capped. */
export function yamlData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new YamlError(firstLine(error));
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}
