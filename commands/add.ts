/**
 * /add url: — owner-only: fetch a news page, store it in the corpus folder (src/ingest), reload the live
 * corpus and reply with what was understood (title, outlet, date, edition, co-chairs, place), so the
 * owner sees at once whether the bot read it right. The reply is deferred first: a fetch may take up to
 * FETCH_TIMEOUT_MS, far more than Discord's 3 s. Replies are only for the owner and, as every reply, go through src/discord/reply.ts.
 */
import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { defer, note } from '../src/discord/reply.js';
import { addArticle, type AddResult } from '../src/ingest/add.js';
import { describeAdded } from '../src/ingest/describe.js';
import { looksLikeUrl } from '../src/ingest/fetch.js';
import { fetchOptions } from '../src/ingest/options.js';
import { toLocale } from '../src/i18n/labels.js';
import { replies } from '../src/i18n/replies.js';
import { truncate } from '../src/util/truncate.js';
import type { Command } from '../src/discord/command.js';
import { COMMAND_TEXT, localizations } from '../src/i18n/commands.js';

export const add: Command = {
  data: new SlashCommandBuilder()
    .setName('add')
    .setDescription(COMMAND_TEXT.add.en)
    .setDescriptionLocalizations(localizations(COMMAND_TEXT.add))
    .setDefaultMemberPermissions(PermissionFlagsBits.Administrator)
    .addStringOption((o) =>
      o
        .setName('url')
        .setDescription(COMMAND_TEXT.addUrl.en)
        .setDescriptionLocalizations(localizations(COMMAND_TEXT.addUrl))
        .setRequired(true)
        .setMaxLength(2000),
    ),
  cooldown: false,
  ownerOnly: true,
  async execute(ctx, interaction) {
    const loc = toLocale(interaction.locale);
    const say = replies(loc);
    await defer(interaction, { hide: true }, ctx.logger);
    const url = interaction.options.getString('url', true);
    // Only links: a path would have the bot read a file of the machine it runs on.
    const result: AddResult = looksLikeUrl(url)
      ? await addArticle(url, { dataDir: ctx.settings.DATA_DIR, fetch: fetchOptions(ctx.settings) })
      : { ok: false, input: url, problem: say.addNeedsLink };
    let tail = '';
    if (result.ok) {
      try {
        const { corpus } = await ctx.reload();
        const inService = corpus.articles.some((a) => a.file === result.file);
        tail = `\n${inService ? say.addedCount(corpus.articles.length) : say.addedNotListed}`;
      } catch (e) {
        tail = `\n${say.addedReloadFailed(truncate(String((e as Error).message), 200))}`;
      }
    }
    ctx.logger.info(
      result.ok ? 'article added' : 'article not added',
      result.ok ? { file: result.file, updated: result.updated } : { problem: result.problem },
    );
    await note(interaction, `${describeAdded(result, loc, { discord: true })}${tail}`, ctx.logger);
  },
};
