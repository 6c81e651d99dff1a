/**
 * A fake Discord (REST v10 + JSON gateway) on 127.0.0.1 for tests that drive
 * a real discord.js Client.
 *
 *   const fake = await startFakeDiscord();
 *   const client = new Client({ intents, rest: { api: fake.apiBase } });
 *   await client.login('fake-token');
 *   const i = fake.sendChatInput({ name: 'ask', options: { question: 'hi' } });
 *   const cb = await fake.waitForInteractionResponse(i.id);
 *   await fake.close();
 */
export { FakeDiscord, startFakeDiscord, type FakeDiscordOptions } from './server.js';
export { FakeRest, type RecordedRequest, type RecordedFile } from './rest.js';
export { FakeGateway, type GatewayPayload, type GatewayLogEntry, type ConnectionInfo } from './gateway.js';
export { FaultInjector, compilePathPattern, type FaultSpec, type FaultHandle } from './faults.js';
export {
  FakeState,
  type Json,
  type UserSeed,
  type ChannelSeed,
  type GuildSeed,
  type StateOptions,
  type UserRecord,
  type GuildRecord,
  type InteractionRecord,
  type CommandRecord,
} from './state.js';
export {
  chatInputInteraction,
  autocompleteInteraction,
  buttonInteraction,
  messageCreate,
  interactionToken,
  type InteractionPayload,
  type ChatInputOptions,
  type AutocompleteOptions,
  type ButtonOptions,
  type MessageOptions,
  type InteractionContextOptions,
  type OptionsInput,
} from './builders.js';
export { SnowflakeGenerator, snowflake, DISCORD_EPOCH_MS } from './snowflake.js';
export { validateMessageBody, validateAutocompleteChoices, type DiscordErrorBody } from './validate.js';
export { WaitableLog, onceEvent, waitUntil, DEFAULT_WAIT_MS, type WaitOptions } from './wait.js';
export * from './constants.js';
