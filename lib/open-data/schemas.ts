import { isCivilDate } from '@/lib/domain/civil-date';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { ENTITY_TYPES, EVENT_STATUSES, EVENT_TYPES, LANGUAGES, RELATION_STATUSES, RELATION_TYPES } from '@/lib/domain/vocabulary';

/**
 * The JSON API's contract: the zod schemas that validate every query parameter and shape every
 * response. The OpenAPI document (openapi.ts) is generated from them, so the two cannot drift.
 */

// ---------------------------------------------------------------- parameters

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_TEXT_PARAMETER = 200;

const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;
export const isoDaySchema = z
  .string()
  .regex(isoDayPattern)
  .refine(isCivilDate, 'not a calendar day')
  .meta({ description: 'A calendar day, `YYYY-MM-DD`.', example: '2026-03-15' });

const keySchema = z
  .string()
  .max(MAX_TEXT_PARAMETER)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .meta({ description: 'An entity key (lower-case, hyphenated).', example: 'almaty' });

const localeParameter = z
  .enum(routing.locales)
  .default('en')
  .meta({ description: 'The language of display names and rendered titles; every entity also carries its names in kk, ru and en.' });
const limitParameter = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_SIZE)
  .default(DEFAULT_PAGE_SIZE)
  .meta({ description: `Items per page (1–${MAX_PAGE_SIZE}).`, example: DEFAULT_PAGE_SIZE });
const cursorParameter = z
  .string()
  .max(500)
  .optional()
  .meta({ description: 'Where the page starts: the `next` cursor of the previous page, as given (opaque).' });

const pageParameters = { locale: localeParameter, limit: limitParameter, cursor: cursorParameter };

const articleFilterParameters = {
  language: z.enum(LANGUAGES).optional().meta({ description: 'The language the article is written in.' }),
  source: z.string().min(1).max(MAX_TEXT_PARAMETER).optional().meta({ description: 'A source name.' }),
  entity: keySchema.optional().meta({ description: 'Articles that mention this entity (key).' }),
  from: isoDaySchema.optional().meta({ description: 'Published on or after this day.' }),
  to: isoDaySchema.optional().meta({ description: 'Published on or before this day.' }),
};

export const articleListQuery = z.strictObject({
  ...pageParameters,
  ...articleFilterParameters,
  sort: z.enum(['newest', 'oldest']).default('newest').meta({ description: 'Publication order.' }),
});

export const SEARCH_PAGE_SIZE_LIMIT = 50;
export const searchQuery = z.strictObject({
  ...pageParameters,
  limit: limitParameter.pipe(z.number().max(SEARCH_PAGE_SIZE_LIMIT)).meta({ description: `Hits per page (1–${SEARCH_PAGE_SIZE_LIMIT}).` }),
  ...articleFilterParameters,
  q: z
    .string()
    .trim()
    .min(1)
    .max(MAX_TEXT_PARAMETER)
    .meta({ description: 'The query: words (any inflected form finds the others), `"a phrase"`, `a OR b`, `-word`, `word*`.', example: 'Шанхай' }),
  sort: z.enum(['relevance', 'newest', 'oldest']).default('relevance'),
});

export const entityListQuery = z.strictObject({
  ...pageParameters,
  type: z.enum(ENTITY_TYPES).optional(),
  known: z.enum(['true', 'false']).optional().meta({ description: '`true`: gazetteer entities only; `false`: candidates only.' }),
  q: z.string().trim().min(1).max(MAX_TEXT_PARAMETER).optional().meta({ description: 'Part of a name (any language) or of the key.' }),
});

const periodParameters = {
  from: isoDaySchema.optional().meta({ description: 'Dated on or after this day (the date range overlaps it).' }),
  to: isoDaySchema.optional().meta({ description: 'Dated on or before this day.' }),
};

export const eventListQuery = z.strictObject({
  ...pageParameters,
  type: z.enum(EVENT_TYPES).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
  entity: keySchema.optional().meta({ description: 'Events involving this entity (key).' }),
  ...periodParameters,
});

export const storyListQuery = z.strictObject({
  ...pageParameters,
  type: z.enum(EVENT_TYPES).optional(),
  entity: keySchema.optional().meta({ description: 'Stories involving this entity (key).' }),
  ...periodParameters,
});

export const relationListQuery = z.strictObject({
  ...pageParameters,
  type: z.enum(RELATION_TYPES).optional(),
  status: z.enum(RELATION_STATUSES).optional(),
  place: keySchema.optional().meta({ description: 'Relations involving this place (key).' }),
  evidence: z.coerce.number().int().min(0).max(20).default(5).meta({ description: 'Evidence sentences per relation, newest first (0–20).' }),
});

export const detailQuery = z.strictObject({ locale: localeParameter });

export const calendarQuery = z.strictObject({
  locale: localeParameter,
  type: z.enum(EVENT_TYPES).optional(),
  entity: keySchema.optional().meta({ description: 'Stories involving this entity.' }),
  from: isoDaySchema.optional().meta({ description: 'Stories not ended before this day (default: today).' }),
  to: isoDaySchema.optional().meta({ description: 'Stories starting on or before this day.' }),
});

export const feedQuery = z
  .strictObject({
    locale: localeParameter,
    language: z.enum(LANGUAGES).optional().meta({ description: 'Articles written in this language only.' }),
    entity: keySchema.optional().meta({ description: 'Articles that mention this entity.' }),
    a: keySchema.optional().meta({ description: 'With `b`: articles that give evidence of a relation between the two places.' }),
    b: keySchema.optional(),
    type: z.enum(EVENT_TYPES).optional().meta({ description: 'Articles that report an event of this type.' }),
  })
  .refine((query) => (query.a === undefined) === (query.b === undefined), { message: 'a and b name a pair together', path: ['b'] });

export const slugPathSchema = z.string().max(MAX_TEXT_PARAMETER).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export const storyIdPathSchema = z.string().regex(/^[1-9][0-9]{0,14}$/).transform(Number);

// ---------------------------------------------------------------- responses

export const namesSchema = z
  .object({ kk: z.string(), ru: z.string(), en: z.string() })
  .meta({ id: 'Names', description: 'A name in each interface language.' });

const coordinatesSchema = z.object({ lat: z.number(), lon: z.number() }).meta({ id: 'Coordinates' });

/** A registered schema or null, as `anyOf` (the generator's `.nullable()` of a reference does not admit null). */
function orNull<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()]);
}

export const entityRefSchema = z
  .object({
    key: z.string(),
    type: z.enum(ENTITY_TYPES),
    name: z.string().meta({ description: 'The name in the requested locale.' }),
    names: namesSchema,
  })
  .meta({ id: 'EntityRef' });

const languageSchema = z.enum(LANGUAGES);

export const articleSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string().nullable(),
    publishedOn: z.string().meta({ description: 'Publication day, `YYYY-MM-DD`.' }),
    language: languageSchema,
    source: z.string().nullable(),
    url: z.string().meta({ description: 'The article page in the requested locale.' }),
  })
  .meta({ id: 'ArticleSummary' });

export const articleListItemSchema = articleSummarySchema
  .extend({ lead: z.string().meta({ description: 'The opening of the body.' }) })
  .meta({ id: 'ArticleListItem' });

const rolesSchema = z
  .object({
    actors: z.array(entityRefSchema),
    places: z.array(entityRefSchema),
    object: orNull(entityRefSchema),
    route: z.object({ from: entityRefSchema, to: entityRefSchema }).nullable(),
    carrier: orNull(entityRefSchema),
  })
  .meta({ id: 'EventRoles' });

const dateFields = {
  value: z.string().nullable().meta({ description: 'ISO 8601: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `start/end` of those.' }),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
};

export const eventSchema = z
  .object({
    id: z.number().int(),
    storyId: z.number().int().nullable(),
    type: z.enum(EVENT_TYPES),
    ...dateFields,
    status: z.enum(EVENT_STATUSES),
    first: z.boolean(),
    title: z.string().meta({ description: 'Rendered from the roles in the requested locale.' }),
    roles: rolesSchema,
    entities: z.array(entityRefSchema),
    evidence: z.string(),
    evidenceIn: z.enum(['body', 'title']),
    article: articleSummarySchema,
  })
  .meta({ id: 'Event', description: 'What one article reports of a happening.' });

export const storySchema = z
  .object({
    id: z.number().int(),
    type: z.enum(EVENT_TYPES),
    ...dateFields,
    status: z.enum(EVENT_STATUSES),
    first: z.boolean(),
    title: z.string(),
    reportCount: z.number().int(),
    languages: z.array(languageSchema),
    url: z.string(),
    lead: eventSchema,
  })
  .meta({ id: 'Story', description: 'Reports of one happening across articles and languages.' });

export const storyDetailSchema = storySchema
  .extend({ reports: z.array(eventSchema), participants: z.array(entityRefSchema), places: z.array(entityRefSchema) })
  .meta({ id: 'StoryDetail' });

const placeSchema = entityRefSchema.extend({ coordinates: orNull(coordinatesSchema) }).meta({ id: 'Place' });

const relationEvidenceSchema = z
  .object({
    sentence: z.string(),
    evidenceIn: z.enum(['body', 'title']),
    status: z.enum(RELATION_STATUSES).nullable(),
    article: articleSummarySchema.omit({ source: true }),
  })
  .meta({ id: 'RelationEvidence' });

export const relationSchema = z
  .object({
    id: z.number().int(),
    type: z.enum(RELATION_TYPES),
    status: z.enum(RELATION_STATUSES).nullable(),
    a: placeSchema,
    b: placeSchema,
    evidenceCount: z.number().int(),
    evidence: z.array(relationEvidenceSchema),
  })
  .meta({ id: 'Relation' });

export const entityListItemSchema = z
  .object({
    key: z.string(),
    type: z.enum(ENTITY_TYPES),
    known: z.boolean(),
    name: z.string(),
    names: namesSchema.extend({ zh: z.string().nullable() }),
    role: z.string().nullable(),
    coordinates: orNull(coordinatesSchema),
    mentionCount: z.number().int(),
    articleCount: z.number().int(),
    url: z.string(),
  })
  .meta({ id: 'EntityListItem' });

export const entityDetailSchema = entityListItemSchema
  .extend({
    country: z.string().nullable(),
    parent: z.object({ key: z.string(), name: z.string() }).nullable(),
    aliases: z.array(z.object({ language: z.string(), form: z.string() })),
  })
  .meta({ id: 'EntityDetail' });

const mentionSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    entity: entityRefSchema.extend({ known: z.boolean() }),
  })
  .meta({ id: 'Mention', description: 'Offsets index the body (or the title) as JavaScript string indices.' });

export const articleDetailSchema = articleSummarySchema
  .extend({
    body: z.string(),
    credit: z.string().nullable(),
    mentions: z.array(mentionSchema),
    titleMentions: z.array(mentionSchema),
    temporals: z.array(z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), value: z.string() })),
    events: z.array(eventSchema),
    relations: z.array(relationSchema),
  })
  .meta({ id: 'ArticleDetail' });

const boundedCountSchema = z
  .object({ count: z.number().int(), atLeast: z.boolean().meta({ description: 'True: the count stopped at its bound ("1,000+").' }) })
  .meta({ id: 'BoundedCount' });

export const searchHitSchema = articleSummarySchema
  .extend({
    snippet: z
      .object({ text: z.string(), hits: z.array(z.tuple([z.number().int(), z.number().int()])), clippedStart: z.boolean(), clippedEnd: z.boolean() })
      .nullable(),
    lead: z.string().nullable(),
  })
  .meta({ id: 'SearchHit' });

/** A page of a list: the items, and the cursor of the next page (null on the last). */
export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      next: z.string().nullable().meta({ description: 'The cursor of the next page; null on the last page.' }),
      links: z.object({ self: z.string(), next: z.string().nullable() }),
    })
    .meta({ id });
}

export const articlePageSchema = pageSchema(articleListItemSchema, 'ArticlePage');
export const entityPageSchema = pageSchema(entityListItemSchema, 'EntityPage');
export const eventPageSchema = pageSchema(eventSchema, 'EventPage');
export const storyPageSchema = pageSchema(storySchema, 'StoryPage');
export const relationPageSchema = pageSchema(relationSchema, 'RelationPage');
export const searchPageSchema = pageSchema(searchHitSchema, 'SearchPage').extend({
  total: boundedCountSchema,
  matchedEntities: z.array(z.object({ key: z.string(), name: z.string() })),
}).meta({ id: 'SearchPage' });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ parameter: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'Each parameter that was refused, and why.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type ArticleListItem = z.infer<typeof articleListItemSchema>;
export type ApiEvent = z.infer<typeof eventSchema>;
export type ApiStory = z.infer<typeof storySchema>;
export type ApiRelation = z.infer<typeof relationSchema>;
export type Problem = z.infer<typeof problemSchema>;
