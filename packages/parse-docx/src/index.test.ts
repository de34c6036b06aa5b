import { describe, expect, it } from 'vitest'
import * as api from './index.ts'

describe('@gai/parse-docx', () => {
  it('exports what its README lists, on purpose', () => {
    expect(Object.keys(api).sort()).toEqual(['docReader', 'docxReader', 'parseDoc', 'parseDocx', 'spanRows', 'wordDiagnostics'])
  })
})
