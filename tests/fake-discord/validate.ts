/**
 * The size limits Discord enforces on message bodies and autocomplete
 * results, so the fake rejects what Discord would reject (400, code 50035
 * "Invalid Form Body", or 50006 "Cannot send an empty message").
 */
import { ErrorCode } from './constants.js';
import type { Json } from './state.js';

export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: Json;
}

type Problem = [path: string, code: string, message: string];

const len = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);

function checkMax(problems: Problem[], path: string, v: unknown, max: number): void {
  if (typeof v === 'string' && len(v) > max) {
    problems.push([path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`]);
  }
}

function toErrors(problems: Problem[]): Json {
  const root: Json = {};
  for (const [path, code, message] of problems) {
    let node = root;
    for (const key of path.split('.')) {
      node[key] ??= {};
      node = node[key] as Json;
    }
    ((node._errors ??= []) as Json[]).push({ code, message });
  }
  return root;
}

function invalidForm(problems: Problem[]): DiscordErrorBody | null {
  if (problems.length === 0) return null;
  return { message: 'Invalid Form Body', code: ErrorCode.InvalidFormBody, errors: toErrors(problems) };
}

function checkEmbeds(problems: Problem[], embeds: unknown, prefix: string): void {
  if (!Array.isArray(embeds)) return;
  if (embeds.length > 10) problems.push([`${prefix}embeds`, 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.']);
  let total = 0;
  embeds.forEach((raw, i) => {
    const e = (raw ?? {}) as Json;
    const p = `${prefix}embeds.${i}`;
    checkMax(problems, `${p}.title`, e.title, 256);
    checkMax(problems, `${p}.description`, e.description, 4096);
    const footer = (e.footer ?? {}) as Json;
    const author = (e.author ?? {}) as Json;
    checkMax(problems, `${p}.footer.text`, footer.text, 2048);
    checkMax(problems, `${p}.author.name`, author.name, 256);
    total += len(e.title) + len(e.description) + len(footer.text) + len(author.name);
    const fields = Array.isArray(e.fields) ? (e.fields as Json[]) : [];
    if (fields.length > 25) problems.push([`${p}.fields`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.']);
    fields.forEach((f, j) => {
      checkMax(problems, `${p}.fields.${j}.name`, f.name, 256);
      checkMax(problems, `${p}.fields.${j}.value`, f.value, 1024);
      if (typeof f.name !== 'string' || f.name.length === 0) {
        problems.push([`${p}.fields.${j}.name`, 'BASE_TYPE_REQUIRED', 'This field is required']);
      }
      if (typeof f.value !== 'string' || f.value.length === 0) {
        problems.push([`${p}.fields.${j}.value`, 'BASE_TYPE_REQUIRED', 'This field is required']);
      }
      total += len(f.name) + len(f.value);
    });
  });
  if (total > 6000)
    problems.push([`${prefix}embeds`, 'MESSAGE_EMBEDS_TOO_LARGE', 'Embed size exceeds maximum size of 6000']);
}

function checkComponents(problems: Problem[], components: unknown, prefix: string): void {
  if (!Array.isArray(components)) return;
  if (components.length > 5)
    problems.push([`${prefix}components`, 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.']);
  components.forEach((row, i) => {
    const children = Array.isArray((row as Json)?.components) ? ((row as Json).components as Json[]) : [];
    if (children.length > 5)
      problems.push([`${prefix}components.${i}.components`, 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.']);
    children.forEach((c, j) => {
      checkMax(problems, `${prefix}components.${i}.components.${j}.custom_id`, c.custom_id, 100);
      checkMax(problems, `${prefix}components.${i}.components.${j}.label`, c.label, 80);
    });
  });
}

/**
 * Validate a message create/edit body. `isEdit` skips the "empty message"
 * rule (edits may change only some fields).
 */
export function validateMessageBody(
  body: Json,
  opts: { isEdit?: boolean; hasFiles?: boolean; prefix?: string } = {},
): DiscordErrorBody | null {
  const prefix = opts.prefix ?? '';
  const problems: Problem[] = [];
  checkMax(problems, `${prefix}content`, body.content, 2000);
  checkEmbeds(problems, body.embeds, prefix);
  checkComponents(problems, body.components, prefix);
  const invalid = invalidForm(problems);
  if (invalid) return invalid;
  if (!opts.isEdit) {
    const hasContent = typeof body.content === 'string' && body.content.length > 0;
    const hasEmbeds = Array.isArray(body.embeds) && body.embeds.length > 0;
    const hasComponents = Array.isArray(body.components) && body.components.length > 0;
    const hasOther = Boolean(body.poll) || Boolean(body.sticker_ids) || Boolean(opts.hasFiles);
    if (!hasContent && !hasEmbeds && !hasComponents && !hasOther) {
      return { message: 'Cannot send an empty message', code: ErrorCode.CannotSendEmptyMessage };
    }
  }
  return null;
}

export function validateAutocompleteChoices(data: Json): DiscordErrorBody | null {
  const problems: Problem[] = [];
  const choices = Array.isArray(data.choices) ? (data.choices as Json[]) : [];
  if (choices.length > 25) problems.push(['data.choices', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.']);
  choices.forEach((c, i) => {
    checkMax(problems, `data.choices.${i}.name`, c.name, 100);
    if (typeof c.name !== 'string' || c.name.length === 0) {
      problems.push([`data.choices.${i}.name`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.']);
    }
    checkMax(problems, `data.choices.${i}.value`, c.value, 100);
  });
  return invalidForm(problems);
}
