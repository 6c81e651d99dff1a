/**
 * The shape of a command module, as in the discord.js guide: `data` (its definition) and `execute`, plus
 * its preconditions, declared rather than checked in each handler (as Sapphire's preconditions): the
 * dispatcher (./interactions.ts) refuses an owner-only command to anyone else and holds back a user over
 * the cooldown, once, for every command.
 */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './context.js';

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Counts against the user's cooldown (COOLDOWN_REQUESTS per COOLDOWN_SECONDS). */
  cooldown: boolean;
  /** Only the users in OWNER_IDS may run it; anyone else gets a polite ephemeral refusal. */
  ownerOnly: boolean;
  execute(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void>;
  autocomplete?(ctx: BotContext, interaction: AutocompleteInteraction): Promise<void>;
}
