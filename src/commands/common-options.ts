// The options every command takes, defined once: each command adds them (shared.ts), and the
// program moves them after the command name when they come before it (program.ts).
import { Option } from 'commander';

export function commonOptions(): Option[] {
  return [
    new Option('--corpus <dir>', 'corpus folder (default: $CLIC_CORPUS, else a .clic folder at or above this one, else the one clic init recorded, else the bundled one)'),
    new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']),
    new Option('--no-cache', 'neither read nor write the cache of parsed entries'),
  ];
}
