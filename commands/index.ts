/** Every slash command, one module each; the bot and the deploy script are given this list. */
import type { Command } from '../src/discord/command.js';
import { about } from './about.js';
import { add } from './add.js';
import { ask } from './ask.js';
import { dialogue } from './dialogue.js';
import { editions } from './editions.js';
import { reload } from './reload.js';
import { search } from './search.js';
import { topic } from './topic.js';

export const COMMANDS: readonly Command[] = [dialogue, topic, search, ask, editions, about, reload, add];
export const COMMAND_BY_NAME: ReadonlyMap<string, Command> = new Map(COMMANDS.map((c) => [c.data.name, c]));
export type { Command };
