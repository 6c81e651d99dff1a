/**
 * SVG → PNG with resvg (`@resvg/resvg-js`: Rust resvg compiled to a Node add-on, its binary shipped in a
 * per-platform npm package, so `npm ci` needs no compiler and no download). The add-on is imported on first
 * use only: the console and every other answer start and run without loading it.
 *
 * Fonts: Be Vietnam Pro (SIL Open Font License 1.1), a family drawn for Vietnamese, from the npm package
 * `@expo-google-fonts/be-vietnam-pro` — system fonts are never loaded, so the image is the same on every
 * machine and its diacritics do not depend on what the host happens to have installed.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locale, EditionListItem } from '../answer/types.js';
import { FONT_FAMILY, timelineSvg } from './timeline-svg.js';

const require = createRequire(import.meta.url);

const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';
const FONT_STYLES = ['400Regular', '400Regular_Italic', '700Bold', '700Bold_Italic'] as const;

/** Rendered at 1.5× the SVG's size: crisp when opened full size, still far below Discord's upload limit. */
export const TIMELINE_ZOOM = 1.5;

let fontPaths: string[] | undefined;
/** The TTF files of the bundled font (resolved once); throws one clear sentence when they are missing. */
export function timelineFontFiles(): string[] {
  if (fontPaths) return fontPaths;
  const paths = FONT_STYLES.map((s) => require.resolve(`${FONT_PACKAGE}/${s}/BeVietnamPro_${s}.ttf`));
  const missing = paths.find((p) => !existsSync(p));
  if (missing) throw new Error(`the timeline font file ${missing} is missing (run npm ci)`);
  return (fontPaths = paths);
}

type Resvg = typeof import('@resvg/resvg-js');
let resvg: Promise<Resvg> | undefined;
/** The resvg add-on, imported on first use (about 10 ms); a failed import is retried on the next use. */
function loadResvg(): Promise<Resvg> {
  resvg ??= import('@resvg/resvg-js').catch((e: unknown) => {
    resvg = undefined;
    throw e;
  });
  return resvg;
}

export interface PngImage {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Rasterise an SVG off the main thread (resvg's async render runs on libuv's pool). `fonts: false` loads
 * no font at all — only the tests use it, to show that the text comes from the bundled font.
 */
export async function svgToPng(
  svg: string,
  { zoom = TIMELINE_ZOOM, fonts = true }: { zoom?: number; fonts?: boolean } = {},
): Promise<PngImage> {
  const { renderAsync } = await loadResvg();
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: fonts ? timelineFontFiles() : [],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return { data: image.asPng(), width: image.width, height: image.height };
}

/**
 * Images made, per edition list and language. The list is computed once per corpus (and replaced with it),
 * so a burst of /editions renders one image per language, and concurrent asks share the render under way.
 * A failed render is forgotten, to be tried again on the next ask.
 */
const MADE = new WeakMap<readonly EditionListItem[], Map<Locale, Promise<PngImage>>>();

/** The /editions timeline image. */
export function renderTimelinePng(items: readonly EditionListItem[], locale: Locale): Promise<PngImage> {
  let byLocale = MADE.get(items);
  if (!byLocale) MADE.set(items, (byLocale = new Map()));
  const made = byLocale.get(locale);
  if (made) return made;
  const render = svgToPng(timelineSvg(items, locale).svg);
  byLocale.set(locale, render);
  render.catch(() => byLocale.delete(locale));
  return render;
}
