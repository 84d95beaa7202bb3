// Messages between the content script, the popup and the background, validated at every boundary:
// a receiver never trusts the shape of what another context sent.
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.regex(/^(per|grp|plc|evt):[a-z0-9-]+$/));
const Lang = v.picklist(['en', 'ar']);

/** Content script → background. */
export const ToBackground = v.variant('type', [
  /** The distinct entities on the page changed: update the badge. */
  v.object({ type: v.literal('page-entities'), count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** The card's content for an entity. */
  v.object({ type: v.literal('card'), id: Id, lang: Lang }),
  /** Open an entity's full record (record.html#id) in a new tab: a page cannot open extension pages itself. */
  v.object({ type: v.literal('open-record'), id: Id }),
]);
export type ToBackground = v.InferOutput<typeof ToBackground>;

/** Popup → content script (through tabs.sendMessage). */
export const ToContent = v.variant('type', [
  v.object({ type: v.literal('get-page-entities') }),
  /** Scroll to the first mention of an entity and open its card. */
  v.object({ type: v.literal('reveal'), id: Id }),
  /** The keyboard command: the next or previous marked name, with its card. */
  v.object({ type: v.literal('navigate'), direction: v.picklist(['next', 'previous']) }),
]);
export type ToContent = v.InferOutput<typeof ToContent>;

export const PageEntity = v.object({
  id: Id,
  name: v.string(),
  type: v.picklist(['person', 'group', 'event', 'place']),
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type PageEntity = v.InferOutput<typeof PageEntity>;
export const PageEntities = v.object({
  enabled: v.boolean(),
  site: v.string(),
  entities: v.array(PageEntity),
});
export type PageEntities = v.InferOutput<typeof PageEntities>;

/** The address of an entity's full record, relative to the extension's root. */
export const recordPath = (id: string) => `/record.html#${encodeURIComponent(id)}`;

export function parseMessage<T extends v.GenericSchema>(schema: T, message: unknown): v.InferOutput<T> | undefined {
  const result = v.safeParse(schema, message);
  return result.success ? result.output : undefined;
}
