import { catalogOf } from '@jiayuan/core';
import * as firm from '@jiayuan/property-firm';
import { dismissalMachine } from '@jiayuan/property-firm';
import { describe, expect, it } from 'vitest';
import { eventFields, inputFields, typeText } from '../src/docs/fields.js';
import { docEntriesFrom, renderMachineDoc } from '../src/index.js';

describe('event fields on the machine pages', () => {
  const catalog = catalogOf(dismissalMachine);

  it('lists each payload field with its type and whether it is required, envelope left out', () => {
    const rows = eventFields(catalog!);
    const notice = rows.filter((r) => r.event === 'SERVE_DISMISSAL_NOTICE');
    expect(notice.map((r) => r.field)).toEqual(['effectiveAt']);
    expect(notice[0]?.required).toBe(true);
    expect(rows.some((r) => ['type', 'at', 'by'].includes(r.field))).toBe(false);
    const ballot = rows.find((r) => r.event === 'CAST_BALLOT' && r.field === 'ballot');
    expect(ballot?.type).toMatch(/^object \(.*unitId.*castBy.*\)$/);
  });

  it('says a type in a few words', () => {
    expect(typeText({ type: 'string', format: 'date-time' })).toBe('string (date-time)');
    expect(typeText({ enum: ['agree', 'disagree'] })).toBe('"agree" | "disagree"');
    expect(typeText({ type: 'array', items: { type: 'string' }, maxItems: 3 })).toBe(
      'string[] (≤ 3)',
    );
    expect(typeText({ anyOf: [{ type: 'number' }, { const: null }] })).toBe('number | null');
    expect(typeText({})).toBe('any');
  });

  it('puts the table on the page in both languages', () => {
    const page = renderMachineDoc({ machine: dismissalMachine, catalog: catalog! });
    expect(page).toContain('### 事件字段');
    expect(page).toContain('### Event fields');
    expect(page).toContain('| `SERVE_DISMISSAL_NOTICE` | `effectiveAt` |');
  });

  it('finds each machine input schema by its export name and tables its fields', () => {
    const entries = docEntriesFrom(firm, '@jiayuan/property-firm');
    const dismissal = entries.find((e) => e.machine === dismissalMachine);
    expect(dismissal?.input).toBe(firm.DismissalInputSchema);
    const fields = inputFields(firm.DismissalInputSchema);
    expect(fields.find((f) => f.field === 'roll')?.required).toBe(true);
    expect(fields.find((f) => f.field === 'electronicAdopted')).toEqual({
      field: 'electronicAdopted',
      type: 'boolean',
      required: false,
    });
    const page = renderMachineDoc(dismissal!);
    expect(page).toContain('### 启动输入（input）');
    expect(page).toContain('| `roll` | object (');
  });
});
