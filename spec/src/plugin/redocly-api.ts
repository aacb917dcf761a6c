/**
 * The part of Redocly's plugin API (https://redocly.com/docs/cli/custom-plugins) the plugin uses, typed here so the
 * plugin needs no Redocly package to build: the CLI loads the built file and calls it.
 */

export interface Location {
  source: { absoluteRef: string };
  child(segments: readonly (string | number)[]): Location;
  key(): Location;
}

export interface Problem {
  message: string;
  location?: Location;
}

export interface VisitContext {
  location: Location;
  report(problem: Problem): void;
  /** Follows a `$ref` (to another file too); a node without one resolves to itself. */
  resolve<Node>(node: Node): { node: Node | undefined; location: Location | undefined };
}

export type Visitor<Node> = ((node: Node, context: VisitContext) => void) & {};

export interface EnterLeave<Node> {
  enter?: (node: Node, context: VisitContext) => void;
  leave?: (node: Node, context: VisitContext) => void;
}

// biome-ignore lint/suspicious/noExplicitAny: Redocly hands plugins the raw JSON of whatever node type they visit.
export type Node = any;

/** A rule's or decorator's visitors, by Redocly node type. */
export type Visitors = Record<string, Visitor<Node> | EnterLeave<Node>>;

/** A node type's definition: its properties' types, by name, and which it requires. */
export interface NodeType {
  properties: Record<string, string | PropertyType>;
  additionalProperties?: string | PropertyType;
  items?: string | PropertyType;
  required?: string[];
}

export interface PropertyType {
  type?: 'string' | 'boolean' | 'integer' | 'number' | 'array' | 'object';
  enum?: readonly string[];
  items?: string | PropertyType;
}

export type Types = Record<string, NodeType>;
