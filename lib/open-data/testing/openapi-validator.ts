import Ajv2020 from 'ajv/dist/2020';

type OpenApiDocument = { paths?: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>; components?: unknown };

const BASE = 'https://openapi.invalid/document';

/**
 * Validates responses against an OpenAPI 3.1 document with Ajv (JSON Schema 2020-12, the
 * document's own dialect): the document's components are one schema, each response schema refers
 * into it.
 */
export function openApiValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: BASE, components: document.components });
  return (path: string, status: string, mediaType: string, body: unknown): string[] => {
    const schema = document.paths?.[path]?.get?.responses?.[status]?.content?.[mediaType]?.schema;
    if (!schema) return [`no schema for ${path} ${status} ${mediaType}`];
    const absolute = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${BASE}#/components/`));
    const validate = ajv.compile(absolute);
    return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}
