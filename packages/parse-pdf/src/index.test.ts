import { expect, it } from 'vitest'
import * as api from './index.ts'

it('exports what the README documents, and nothing else', () => {
  expect(Object.keys(api).sort()).toEqual(['hasPdfHeader', 'parsePdf', 'pdfDiagnostics', 'pdfReader'])
})
