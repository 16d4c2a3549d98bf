export { extractRelations } from './extract-relations';
export { createRelationFacts, RELATION_SCOPE, type RelationFacts, type RelationScope } from './relation-facts';
