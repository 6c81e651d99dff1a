/**
 * The parsed article record: what every later layer reads. Validated with zod at the parse boundary.
 * zod is loaded on first use (it costs ~90 ms to import), so a start-up served from the parse cache never
 * pays for it.
 */
import { createRequire } from 'node:module';
import type * as Zod from 'zod';

const requireZod = createRequire(import.meta.url);

function build() {
  const { z } = requireZod('zod') as typeof Zod;

  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');

  const PersonSchema = z.object({
    name: z.string().min(1),
    title: z.string(),
    side: z.enum(['VN', 'US']),
    /** Position in `paragraphs` (0-based) of the co-chair sentence; citations number it with parse/paragraph-no.ts. */
    paragraph: z.number().int().nonnegative(),
    /** The sentence that names this person in the meeting's role (the citation). */
    sentence: z.string().optional(),
  });

  const MentionSchema = z.object({
    edition: z.number().int().positive(),
    location: z.string().optional(),
    year: z.number().int().optional(),
    /** True when the text speaks of it as still to come ("sẽ", "next", "will"). */
    upcoming: z.boolean(),
    /** The number is not written: "the next dialogue" in an article about edition N is N + 1. */
    editionInferred: z.boolean().optional(),
    /** Position in `paragraphs` (0-based) of `sentence`; citations number it with parse/paragraph-no.ts. */
    paragraph: z.number().int().nonnegative(),
    sentence: z.string(),
  });

  const EventSchema = z.object({
    dates: z.array(isoDate),
    /** The words as written ("từ ngày 22 tới 23/1"). */
    text: z.string(),
    yearInferred: z.boolean(),
    /** Where an inferred year comes from. */
    yearBasis: z.enum(['publication', 'next-edition']).optional(),
    /** The day itself was resolved from "Tuesday" / "hôm qua" / "today" against the publication date. */
    dayBasis: z.enum(['weekday', 'relative']).optional(),
    /** The days as written when no year could be attached (`dates` is then []): another article may give it. */
    undated: z
      .array(z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31).optional() }))
      .optional(),
    /** 'YYYY-MM' when the text gives only a month ("tháng 6/2012", "in June 2012"); `dates` is then []. */
    month: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .optional(),
    /** Position in `paragraphs` (0-based) of `sentence`; citations number it with parse/paragraph-no.ts. */
    paragraph: z.number().int().nonnegative(),
    sentence: z.string(),
  });

  const ArticleSchema = z.object({
    id: z.string().min(1),
    file: z.string().min(1),
    title: z.string(),
    /**
     * True when the text has no headline line (its first line is a paragraph, kept in `paragraphs`): `title`
     * is then that paragraph's first sentence, shortened, for display only.
     */
    titleFromLead: z.boolean().optional(),
    language: z.enum(['vi', 'en']),
    published: isoDate.optional(),
    /** Where the publication date came from. */
    publishedFrom: z.enum(['dateline', 'metadata']).optional(),
    source: z.object({
      outlet: z.string().optional(),
      attribution: z.string().optional(),
      url: z.string().optional(),
    }),
    /** True when the article is about a Vietnam–US political, security and defense dialogue. */
    aboutDialogue: z.boolean(),
    edition: z.number().int().positive().optional(),
    event: EventSchema.optional(),
    /** The canonical place of the meeting: "Hà Nội", "Washington", "online", or another city in Vietnamese spelling. */
    location: z.string().optional(),
    /** 'online' for a virtual meeting (then `location` is "online"), else 'city'. */
    locationKind: z.enum(['city', 'online']).optional(),
    /** Position in `paragraphs` of the sentence giving the place; -1 when only the headline (or a line by it) gives it (paragraphNo(-1) is the title). */
    locationParagraph: z.number().int().min(-1).optional(),
    locationSentence: z.string().optional(),
    cochairs: z.array(PersonSchema),
    agencies: z.array(z.string()),
    /** Position in `paragraphs` of the sentence naming the agencies. */
    agenciesParagraph: z.number().int().nonnegative().optional(),
    topics: z.array(z.string()),
    /** Per topic slug, its best sentence: [position in `paragraphs`, start, end] offsets into `paragraphs`. */
    topicExcerpts: z.record(
      z.string(),
      z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]),
    ),
    mentions: z.array(MentionSchema),
    paragraphs: z.array(z.string()),
    /** Lines removed as page furniture. Kept by `npm run parse`; a loaded corpus leaves them out. */
    dropped: z.array(z.string()).optional(),
  });

  /** What a librarian may note beside an article (NAME.meta.json): about the document, never its content. */
  const MetaSchema = z
    .object({
      outlet: z.string().min(1).max(200).optional(),
      url: z.url().optional(),
      published: isoDate.optional(),
      language: z.enum(['vi', 'en']).optional(),
      /** When the page was fetched (ISO 8601 date-time), for pages added with `npm run add` / `/add`. */
      fetched: z.iso.datetime({ offset: true }).optional(),
    })
    .strict();

  return { PersonSchema, MentionSchema, EventSchema, ArticleSchema, MetaSchema };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;
/** The zod schemas, built on first use. */
export function schemas(): Schemas {
  return (built ??= build());
}

export type Article = Zod.infer<Schemas['ArticleSchema']>;
export type ArticlePerson = Zod.infer<Schemas['PersonSchema']>;
export type EditionMention = Zod.infer<Schemas['MentionSchema']>;
export type ArticleEvent = Zod.infer<Schemas['EventSchema']>;
export type ArticleMeta = Zod.infer<Schemas['MetaSchema']>;
