import { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { FIELD } from '../errors/codes';

interface Rule {
  readonly name?: string;
  readonly propertyName: string;
  readonly constraints?: unknown[];
  readonly each?: boolean;
}
type Schema = Record<string, unknown>;

/**
 * Copies the request DTOs' class-validator rules into their schemas (what @nestjs/swagger's
 * compiler plugin does at build time): the document states the limits the validation pipe
 * enforces, from the same decorators, so the two cannot disagree. A bound an @ApiProperty already
 * states is kept.
 */
export function applyValidationRules(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const byTarget = (getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, Rule[]> }).validationMetadatas;
  for (const [target, rules] of byTarget) {
    const name = typeof target === 'function' ? (target as { name: string }).name : undefined;
    const properties = name ? (schemas[name]?.properties as Record<string, Schema> | undefined) : undefined;
    if (!properties) continue;
    for (const rule of rules) {
      const property = properties[rule.propertyName];
      if (!property || '$ref' in property || 'allOf' in property) continue;
      const subject = rule.each && property.type === 'array' && property.items && !('$ref' in (property.items as Schema)) ? (property.items as Schema) : property;
      for (const [key, value] of Object.entries(schemaOf(rule, rules))) if (subject[key] === undefined) subject[key] = value;
    }
  }
}

function schemaOf(rule: Rule, siblings: readonly Rule[]): Schema {
  const [first] = rule.constraints ?? [];
  switch (rule.name) {
    case 'maxLength':
      return { maxLength: first };
    case 'minLength':
      return { minLength: first };
    case 'max':
      return { maximum: first };
    case 'min':
      return { minimum: first };
    case 'arrayMaxSize':
      return { maxItems: first };
    case 'arrayMinSize':
      return { minItems: first };
    case 'arrayUnique':
      return { uniqueItems: true };
    case 'isIn':
      return Array.isArray(first) ? { enum: first } : {};
    case 'isInt':
      return { type: 'integer' };
    case 'isUuid':
    case 'isUUID':
      return { format: 'uuid' };
    case 'isIso8601':
    case 'isISO8601': {
      // A calendar day is checked as ISO 8601 too; its pattern says whether a time is part of it.
      const pattern = siblings.find((r) => r.propertyName === rule.propertyName && r.name === 'matches')?.constraints?.[0];
      return { format: pattern instanceof RegExp && !pattern.source.includes('T') ? 'date' : 'date-time' };
    }
    case FIELD.INVALID_DATE:
      return { format: 'date' };
    case 'matches':
      return first instanceof RegExp && first.flags === '' ? { pattern: first.source } : {};
    default:
      return {};
  }
}
