// An OpenAPI document (JSON) on stdin → swagger-parser's validation against the OpenAPI schema and its own rules,
// and what the document describes: each path's operations with their parameters and response media types.
import SwaggerParser from '@apidevtools/swagger-parser';
import { readInput, print } from './read-input.mjs';

const document = JSON.parse(await readInput());
try {
  const api = await SwaggerParser.validate(document);
  const paths = Object.fromEntries(Object.entries(api.paths ?? {}).map(([path, item]) => [path,
    Object.fromEntries(Object.entries(item).filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
      .map(([method, op]) => [method, {
        operationId: op.operationId ?? null,
        parameters: (op.parameters ?? []).map(p => p.name),
        responses: Object.fromEntries(Object.entries(op.responses ?? {}).map(([status, r]) => [status, Object.keys(r.content ?? {})])),
      }]))]));
  print({ valid: true, openapi: api.openapi, paths });
} catch (error) {
  print({ valid: false, errors: [String(error.message ?? error)] });
}
