// Generated from spec/dist/idenfy/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

import { isJsonObject } from "../../brand.ts";

/**
 * Whether a parsed body has the shape of components.schemas.ErrorResponse: an object whose `identifier` is a string and `message` is a string.
 * Other properties are allowed. Whether the identifier is one the brand knows is for the catalog to say.
 */
export function isErrorBody(value: unknown): value is { "identifier": string; "message": string } {
  return isJsonObject(value) && typeof value["identifier"] === "string" && typeof value["message"] === "string";
}
