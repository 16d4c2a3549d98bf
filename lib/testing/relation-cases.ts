import { extractRelations } from '@/lib/extract/relations';
import { createRelationFacts, type PlaceRow, type RelationFacts } from '@/lib/extract/relations/relation-facts';
import type { RelationStatus, RelationType } from '@/lib/domain/vocabulary';
import { buildTestAnalysis, type TestDocument } from './build-test-analysis';

/**
 * Countries and containing places of the places the relation tests name, as the gazetteer gives
 * them (a small copy, so the tests do not depend on the seed data).
 */
const COUNTRIES: PlaceRow[] = [
  { key: 'kazakhstan', country: 'KZ' },
  { key: 'china', country: 'CN' },
  { key: 'kyrgyzstan', country: 'KG' },
  { key: 'uzbekistan', country: 'UZ' },
  { key: 'turkey', country: 'TR' },
  { key: 'central-asia' },
  { key: 'chui-region', country: 'KG', parent: 'kyrgyzstan' },
];

const KZ_REGIONS = [
  'abai-region',
  'aktobe-region',
  'almaty-region',
  'east-kazakhstan-region',
  'jetisu-region',
  'karaganda-region',
  'kostanay-region',
  'mangystau-region',
  'north-kazakhstan-region',
  'pavlodar-region',
  'west-kazakhstan-region',
  'zhambyl-region',
];

const CN_REGIONS = ['xinjiang', 'shaanxi', 'shanxi', 'henan', 'hubei', 'gansu', 'sichuan', 'shandong', 'qinghai', 'zhejiang', 'guangdong', 'jiangsu'];

const CITIES: readonly (readonly [string, string, string])[] = [
  ['almaty', 'KZ', 'kazakhstan'],
  ['astana', 'KZ', 'kazakhstan'],
  ['shymkent', 'KZ', 'kazakhstan'],
  ['turkistan', 'KZ', 'kazakhstan'],
  ['kokshetau', 'KZ', 'kazakhstan'],
  ['taldykorgan', 'KZ', 'jetisu-region'],
  ['aktau', 'KZ', 'mangystau-region'],
  ['aktobe', 'KZ', 'aktobe-region'],
  ['karaganda', 'KZ', 'karaganda-region'],
  ['kostanay', 'KZ', 'kostanay-region'],
  ['pavlodar', 'KZ', 'pavlodar-region'],
  ['konaev', 'KZ', 'almaty-region'],
  ['khorgos', 'KZ', 'jetisu-region'],
  ['dostyk', 'KZ', 'abai-region'],
  ['bakhty', 'KZ', 'abai-region'],
  ['ayagoz', 'KZ', 'abai-region'],
  ['altynkol', 'KZ', 'jetisu-region'],
  ['urumqi', 'CN', 'xinjiang'],
  ['yining', 'CN', 'xinjiang'],
  ['tacheng', 'CN', 'xinjiang'],
  ['alashankou', 'CN', 'xinjiang'],
  ['kashgar', 'CN', 'xinjiang'],
  ['altay', 'CN', 'xinjiang'],
  ['xian', 'CN', 'shaanxi'],
  ['baoji', 'CN', 'shaanxi'],
  ['zhengzhou', 'CN', 'henan'],
  ['luoyang', 'CN', 'henan'],
  ['wuhan', 'CN', 'hubei'],
  ['lanzhou', 'CN', 'gansu'],
  ['chengdu', 'CN', 'sichuan'],
  ['jinan', 'CN', 'shandong'],
  ['hangzhou', 'CN', 'zhejiang'],
  ['guangzhou', 'CN', 'guangdong'],
  ['nanjing', 'CN', 'jiangsu'],
  ['shanghai', 'CN', 'china'],
  ['beijing', 'CN', 'china'],
  ['bishkek', 'KG', 'kyrgyzstan'],
  ['tashkent', 'UZ', 'uzbekistan'],
  ['istanbul', 'TR', 'turkey'],
];

export const TEST_PLACE_ROWS: readonly PlaceRow[] = [
  ...COUNTRIES,
  ...KZ_REGIONS.map((key) => ({ key, country: 'KZ', parent: 'kazakhstan' })),
  ...CN_REGIONS.map((key) => ({ key, country: 'CN', parent: 'china' })),
  ...CITIES.map(([key, country, parent]) => ({ key, country, parent })),
];

export const TEST_RELATION_FACTS = createRelationFacts(TEST_PLACE_ROWS);

/** A document and the relations expected of it (a, b in key order, type, status). */
export interface RelationCase {
  name: string;
  document: TestDocument;
  expected: { a: string; b: string; type: RelationType; status: RelationStatus | null }[];
}

/** The relations of a test document, with the test facts, as (a, b, type, status). */
export function relationsOf(document: TestDocument, facts: RelationFacts = TEST_RELATION_FACTS) {
  return extractRelations(buildTestAnalysis(document), facts).map(({ a, b, type, status }) => ({ a, b, type, status }));
}
