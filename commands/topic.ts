/** /topic topic:<string> — which editions discussed a topic, each with a cited excerpt. */
import { SlashCommandBuilder } from 'discord.js';
import { fold } from '../src/text/fold.js';
import { toLocale } from '../src/i18n/labels.js';
import { TOPICS } from '../src/topics/taxonomy.js';
import { replyWithAnswer } from '../src/discord/respond.js';
import type { Command } from './command.js';
import { commonOptions, stringOption, withCommonOptions } from './common-options.js';

export const topic: Command = {
  data: withCommonOptions(
    new SlashCommandBuilder()
      .setName('topic')
      .setDescription('Which editions discussed a topic, with cited excerpts')
      .setDescriptionLocalizations({ vi: 'Các lần đối thoại đã bàn về một chủ đề, kèm trích dẫn', 'en-US': 'Which editions discussed a topic, with cited excerpts' })
      .addStringOption((o) =>
        o
          .setName('topic')
          .setDescription('A topic, e.g. an-ninh-biển, dioxin, maritime security')
          .setDescriptionLocalizations({ vi: 'Chủ đề, ví dụ an-ninh-biển, dioxin, Biển Đông', 'en-US': 'A topic, e.g. maritime security, dioxin' })
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
  ),
  async execute(ctx, interaction) {
    const value = stringOption(interaction, 'topic', 100);
    await replyWithAnswer(ctx, interaction, value ? `/topic ${value}` : '/topic', commonOptions(interaction));
  },
  async autocomplete(ctx, interaction) {
    const typed = fold(String(interaction.options.getFocused() ?? '').slice(0, 100)).replace(/[^a-z0-9]+/g, ' ').trim();
    const en = toLocale(interaction.locale) === 'en';
    const inCorpus = new Map<string, number>();
    for (const a of ctx.corpus().articles) for (const t of a.topics) inCorpus.set(t, (inCorpus.get(t) ?? 0) + 1);
    const scored = TOPICS.map((t) => {
      const keys = [t.slug, t.vi, t.en, ...t.terms].map((k) => fold(k).replace(/[^a-z0-9]+/g, ' ').trim());
      const score = !typed ? 1 : keys.some((k) => k.startsWith(typed)) ? 3 : keys.some((k) => k.includes(typed)) ? 2 : 0;
      return { t, score: score + (inCorpus.has(t.slug) ? 0.5 : 0) };
    })
      .filter((s) => s.score >= 1)
      .sort((a, b) => b.score - a.score);
    await interaction.respond(
      scored.slice(0, 25).map(({ t }) => ({
        name: `${en ? t.en : t.vi}${inCorpus.has(t.slug) ? ` (${inCorpus.get(t.slug)})` : ''}`.slice(0, 100),
        value: t.slug,
      })),
    );
  },
};
