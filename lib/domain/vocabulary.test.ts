import { describe, expect, expectTypeOf, test } from 'vitest';
import * as SchemaEnums from '@/lib/generated/prisma/enums';
import {
  ENTITY_TYPES,
  EVENT_ROLES,
  EVENT_STATUSES,
  EVENT_TYPES,
  EVIDENCE_PLACES,
  isEntityType,
  isEventType,
  isLanguage,
  LANGUAGES,
  NAME_LANGUAGES,
  RELATION_STATUSES,
  RELATION_TYPES,
  tableOf,
  type EntityType,
  type EventRole,
  type EventStatus,
  type EventType,
  type EvidencePlace,
  type Language,
  type NameLanguage,
  type RelationStatus,
  type RelationType,
} from './vocabulary';

describe('the vocabulary and the schema enums hold the same values in the same order', () => {
  test.each([
    ['Language', LANGUAGES, SchemaEnums.Language],
    ['NameLanguage', NAME_LANGUAGES, SchemaEnums.NameLanguage],
    ['EntityType', ENTITY_TYPES, SchemaEnums.EntityType],
    ['EventType', EVENT_TYPES, SchemaEnums.EventType],
    ['EventStatus', EVENT_STATUSES, SchemaEnums.EventStatus],
    ['EventRole', EVENT_ROLES, SchemaEnums.EventRole],
    ['RelationType', RELATION_TYPES, SchemaEnums.RelationType],
    ['RelationStatus', RELATION_STATUSES, SchemaEnums.RelationStatus],
    ['EvidencePlace', EVIDENCE_PLACES, SchemaEnums.EvidencePlace],
  ] as const)('%s', (_name, values, schemaEnum) => {
    expect([...values]).toEqual(Object.values(schemaEnum));
  });

  test('as types (checked by the typecheck)', () => {
    expectTypeOf<Language>().toEqualTypeOf<SchemaEnums.Language>();
    expectTypeOf<NameLanguage>().toEqualTypeOf<SchemaEnums.NameLanguage>();
    expectTypeOf<EntityType>().toEqualTypeOf<SchemaEnums.EntityType>();
    expectTypeOf<EventType>().toEqualTypeOf<SchemaEnums.EventType>();
    expectTypeOf<EventStatus>().toEqualTypeOf<SchemaEnums.EventStatus>();
    expectTypeOf<EventRole>().toEqualTypeOf<SchemaEnums.EventRole>();
    expectTypeOf<RelationType>().toEqualTypeOf<SchemaEnums.RelationType>();
    expectTypeOf<RelationStatus>().toEqualTypeOf<SchemaEnums.RelationStatus>();
    expectTypeOf<EvidencePlace>().toEqualTypeOf<SchemaEnums.EvidencePlace>();
  });
});

describe('type guards', () => {
  test.each([
    ['MEETING', true],
    ['FLIGHT_LAUNCH', true],
    ['meeting', false],
    ['', false],
    ['toString', false],
    [undefined, false],
    [7, false],
  ])('isEventType(%j) is %s', (value, expected) => {
    expect(isEventType(value)).toBe(expected);
  });

  test.each([
    ['kk', true],
    ['en', true],
    ['zh', false],
    ['KK', false],
  ])('isLanguage(%j) is %s', (value, expected) => {
    expect(isLanguage(value)).toBe(expected);
  });

  test('an entity type is not an event type, nor the other way round', () => {
    expect(isEntityType('CITY')).toBe(true);
    expect(isEventType('CITY')).toBe(false);
    expect(isEntityType('MEETING')).toBe(false);
  });
});

describe('tableOf', () => {
  test('holds a value for every member, in the vocabulary order', () => {
    const table = tableOf(ENTITY_TYPES, (type) => type.length);
    expect(Object.entries(table)).toEqual([
      ['PERSON', 6],
      ['CITY', 4],
      ['REGION', 6],
      ['COUNTRY', 7],
      ['ORGANIZATION', 12],
    ]);
  });
});
