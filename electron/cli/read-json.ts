import { parseJsonText } from '../../shared/domain/json-text';
import { CliFailure, EXIT, type CliIo } from './terminal-io';

/** Reads and parses a JSON file, failing with a message that names the file and the cause. */
export function readJsonFile(io: CliIo, path: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code ?? String(error);
    throw new CliFailure(`${path}: cannot read the file (${why})`, EXIT.badInput);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new CliFailure(`${path}: not valid JSON (${parsed.detail})`, EXIT.badInput);
  return parsed.value;
}
