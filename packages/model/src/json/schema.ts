import { sectionTemplates } from '../templates/sections.ts'
import { formatVersions, tableIds, tableTemplate } from '../templates/formats.ts'
import type { FormatVersion, TableId } from '../types.ts'

function tableSchema(id: TableId, version: FormatVersion): object {
  const t = tableTemplate(id, version)
  return {
    type: 'object',
    additionalProperties: false,
    required: ['format', 'rows'],
    properties: {
      format: { const: version },
      origin: { $ref: '#/$defs/origin' },
      rows: {
        type: 'object',
        additionalProperties: false,
        required: t.rows.map((r) => r.key),
        properties: Object.fromEntries(
          t.rows.map((r) => [
            r.key,
            {
              type: 'object',
              additionalProperties: false,
              required: [...r.columns],
              properties: Object.fromEntries(r.columns.map((c) => [c, { $ref: '#/$defs/cell' }])),
            },
          ]),
        ),
      },
    },
  }
}

const isoDate = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }

const point = {
  type: 'object',
  additionalProperties: false,
  required: ['line', 'column', 'offset'],
  properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 }, offset: { type: 'integer', minimum: 0 } },
}

/**
 * The JSON Schema (draft 2020-12) of a report, generated from the template declarations so that
 * it lists every row and column key of both versions and cannot drift from them.
 */
export const reportJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://gai.dev/schema/report.schema.json',
  title: '政府信息公开工作年度报告 (gai canonical model)',
  type: 'object',
  additionalProperties: false,
  required: ['meta', 'format', 'sections', 'tables'],
  properties: {
    meta: {
      type: 'object',
      additionalProperties: false,
      properties: {
        organ: { type: 'string' },
        year: { type: 'integer', minimum: 1900 },
        title: { type: 'string' },
        period: {
          type: 'object',
          additionalProperties: false,
          required: ['start', 'end'],
          properties: { start: isoDate, end: isoDate },
        },
      },
    },
    format: { enum: [...formatVersions] },
    source: { type: 'string' },
    sections: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        sectionTemplates.map((s) => [
          s.id,
          {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'heading', 'text'],
            properties: { id: { const: s.id }, heading: { type: 'string' }, text: { type: 'string' }, origin: { $ref: '#/$defs/origin' } },
          },
        ]),
      ),
    },
    tables: {
      type: 'object',
      additionalProperties: false,
      required: [...tableIds],
      properties: Object.fromEntries(tableIds.map((id) => [id, { oneOf: formatVersions.map((v) => tableSchema(id, v)) }])),
    },
  },
  $defs: {
    cell: {
      type: 'object',
      additionalProperties: false,
      required: ['value', 'raw'],
      properties: {
        value: { type: ['number', 'null'], description: 'The number, or null for a blank cell (never 0 for blank).' },
        raw: { type: 'string' },
        unit: { type: 'string' },
        origin: { $ref: '#/$defs/origin' },
        inferred: {
          type: 'object',
          description: 'A value placed by a relation rather than read: which relations decided it, and how many other ways they ruled out.',
          additionalProperties: false,
          required: ['by', 'relations'],
          properties: {
            by: { enum: ['digits-split', 'blank-by-relation'] },
            relations: { type: 'array', items: { type: 'string' } },
            excluded: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
    origin: {
      type: 'object',
      additionalProperties: false,
      required: ['source', 'position'],
      properties: {
        source: { type: 'string' },
        position: {
          type: 'object',
          additionalProperties: false,
          required: ['start', 'end'],
          properties: { start: { $ref: '#/$defs/point' }, end: { $ref: '#/$defs/point' } },
        },
        box: {
          type: 'object',
          description: 'PDF sources: the page (1-based) and the box in points from its top-left corner.',
          additionalProperties: false,
          required: ['page', 'x', 'y', 'width', 'height'],
          properties: {
            page: { type: 'integer', minimum: 1 },
            x: { type: 'number' },
            y: { type: 'number' },
            width: { type: 'number', minimum: 0 },
            height: { type: 'number', minimum: 0 },
          },
        },
        word: {
          type: 'object',
          description: 'Word sources: the part, and 0-based paragraph, or table, row and cell indices.',
          additionalProperties: false,
          required: ['part'],
          properties: {
            part: { type: 'string' },
            paragraph: { type: 'integer', minimum: 0 },
            table: { type: 'integer', minimum: 0 },
            row: { type: 'integer', minimum: 0 },
            cell: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
    point,
  },
} as const
