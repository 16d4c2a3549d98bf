export { extractRelations } from './extract-relations';
