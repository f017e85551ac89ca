import { catalogOf } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ownersVoteMachine } from '../../../examples/web-inspector/src/machines/owners-vote.js';
import {
  ballotJsonSchema,
  catalogJsonSchema,
  eventJsonSchemas,
  machineDefinitionJson,
  rollJsonSchema,
} from '../src/index.js';

const catalog = catalogOf(ownersVoteMachine)!;

describe('JSON Schemas', () => {
  it('gives one schema per catalog event, with the envelope and payload', () => {
    const schemas = eventJsonSchemas(catalog);
    expect(Object.keys(schemas)).toEqual([...catalog.types]);
    const cast = schemas.CAST as { properties: Record<string, unknown>; required: string[] };
    expect(cast.properties.type).toEqual({ type: 'string', const: 'CAST' });
    expect(cast.required).toEqual(expect.arrayContaining(['type', 'at', 'by', 'ballot']));
    expect(JSON.stringify(cast.properties.by)).toContain('street-office');
    expect(JSON.stringify(catalogJsonSchema(catalog))).toContain('"anyOf"');
  });

  it('gives the roll and ballot schemas (input form: defaults optional)', () => {
    const roll = rollJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(roll.required).toEqual(expect.arrayContaining(['complexId', 'owners', 'units']));
    expect(roll.required).not.toContain('parking');
    expect(rollJsonSchema('output').required).toContain('parking');
    const ballot = ballotJsonSchema() as { properties: { choice: { enum: string[] } } };
    expect(ballot.properties.choice.enum).toEqual(['agree', 'disagree', 'abstain', 'spoilt']);
    expect(JSON.parse(JSON.stringify(ballot))).toEqual(ballot);
  });

  it("exports the machine's definition as plain JSON with meta, guards and targets", () => {
    const definition = machineDefinitionJson(ownersVoteMachine);
    expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
    const text = JSON.stringify(definition);
    expect(definition.id).toBe('ownersVote');
    expect(text).toContain('"guard":"CLOSE_VOTE"');
    expect(text).toContain('#ownersVote.counted');
    expect(text).toContain('CC-278-2');
  });
});
