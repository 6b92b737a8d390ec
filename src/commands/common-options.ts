// The options every command takes, defined once: each command adds them (shared.ts), and the
// program moves them after the command name when they come before it (program.ts).
import { InvalidArgumentError, Option } from 'commander';

/** `--corpus ''` (an unset variable, `--corpus "$DIR"`) would silently mean the current folder. */
function folderName(value: string): string {
  if (value === '') throw new InvalidArgumentError('It is empty: give a folder, e.g. --corpus ~/appearances.');
  return value;
}

export function commonOptions(): Option[] {
  return [
    new Option('--corpus <dir>', 'corpus folder (default: $CLIC_CORPUS, else a .clic folder at or above this one, else the one clic init recorded, else the bundled one)').argParser(folderName),
    new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']),
    new Option('--no-cache', 'neither read nor write the cache of parsed entries'),
  ];
}
